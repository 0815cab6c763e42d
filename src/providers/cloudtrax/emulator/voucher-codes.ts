// Voucher codes: the codes a createVouchers request ends up with, whether one is taken, and vouchers
// found by code. Each is linear in the request and the network's vouchers (sets, maps, a moving lower
// bound): a 1 MB request holds ~15,000 vouchers, and all emulators share one process, so quadratic
// work here would stall every one of them.

/** What the server does for a blank code: make one up (the docs do not say how), GEN plus a number. */
export function voucherCodes(wanted: readonly (string | undefined)[], existing: readonly string[]): string[] {
  const taken = new Set(existing);
  const codes: string[] = [];
  // The number the last blank got: every number from where that search started up to it is taken,
  // and stays taken (codes are only added), so the next search can start after it.
  let searchedUpTo = 0;
  for (const code of wanted) {
    if (code) {
      codes.push(code);
      taken.add(code);
      continue;
    }
    // The first free GEN number after the count of codes so far, as the emulator has always made them.
    let n = Math.max(existing.length + codes.length + 1, searchedUpTo + 1);
    while (taken.has(generated(n))) n++;
    codes.push(generated(n));
    taken.add(generated(n));
    searchedUpTo = n;
  }
  return codes;
}

/** Whether a code is one the network already has, or one the request names twice. */
export function someCodeTaken(codes: readonly string[], existing: readonly string[]): boolean {
  const seen = new Set(existing);
  for (const code of codes) {
    if (seen.has(code)) return true;
    seen.add(code);
  }
  return false;
}

/** The voucher of each code (the first one with it, as a search of the list would find), or undefined. */
export function findByCode<V extends { code: string }>(list: readonly V[], codes: readonly string[]): (V | undefined)[] {
  const byCode = new Map<string, V>();
  for (const voucher of list) if (!byCode.has(voucher.code)) byCode.set(voucher.code, voucher);
  return codes.map((code) => byCode.get(code));
}

function generated(n: number): string {
  return `GEN${String(n).padStart(5, "0")}`;
}
