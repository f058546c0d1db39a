export async function benchTypes() {}
