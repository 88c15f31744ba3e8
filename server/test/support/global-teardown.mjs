export default async function globalTeardown() {
  await globalThis.roundsTestDatabase?.stop();
}
