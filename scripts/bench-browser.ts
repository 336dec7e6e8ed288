// Browser figures for the benchmark: filled in as the scenes and the Rule Lab land.
export async function browserFigures(_rows: [string, string][]): Promise<Record<string, number>> {
  return {};
}
