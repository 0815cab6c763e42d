// The emulated WatchMouse account side: API passwords, sessions that idle out after 15 minutes,
// a cap on concurrent sessions, permanent tokens (the newest hundred per account), anonymous keys
// bound to an address with 50 credits a day, and credit balances that calls are charged against.
// Time comes from `now()`.
/// <reference types="node" />
import { randomBytes } from "node:crypto";
import { Refusal } from "./refusal.js";

export const IDLE_LIMIT_MS = 15 * 60_000;
export const ANONYMOUS_DAILY_CREDITS = 50;
/** Wrong passwords in a row before the API password is locked (the real number is not documented). */
export const MAX_FAILED_LOGINS = 5;
const DAY_MS = 24 * 60 * 60_000;
/**
 * Tokens acct_token keeps per account: issuing one more revokes the oldest, as a service that
 * rotates old tokens out would, so acct_token in a loop cannot grow memory without limit. A hundred
 * is far more than a client keeps in use; a seeded token (the demo token) is never revoked.
 */
export const MAX_TOKENS_PER_ACCOUNT = 100;

export type CreditType = "sms" | "api" | "check";
export type Balances = Record<CreditType, number>;
export type Price = Partial<Record<CreditType, number>>;

export interface AccountSeed {
  user: string;
  password: string;
  /** A permanent token that exists from the start (as if made earlier with acct_token). */
  token?: string;
  balances?: Partial<Balances>;
  uid?: number;
}

export interface Account {
  user: string;
  password: string;
  uid: number;
  balances: Balances;
  failedLogins: number;
}

type Key =
  | { kind: "session"; account: Account; lastSeen: number; ended: boolean }
  | { kind: "token"; account: Account }
  | { kind: "anonymous"; address: string; day: number; wallet: Wallet };

/** What a caller pays with: an account's balance per credit type, or the anonymous daily allowance. */
export interface Wallet {
  /** What acct_credits reports. */
  balances(): Balances;
  /** The credit type that falls short of `price`, if any. */
  shortOf(price: Price): CreditType | undefined;
  spend(price: Price): void;
}

/** Who is calling: an account (session or token) or an anonymous address. */
export interface Caller {
  nkey: string;
  account?: Account;
  wallet: Wallet;
  /** Set for anonymous callers: the API hands the key out as a cookie. */
  anonymousKey?: string;
}

export class AccountBook {
  readonly accounts = new Map<string, Account>();
  private readonly keys = new Map<string, Key>();
  private readonly anonymousByAddress = new Map<string, string>();
  /** The tokens acct_token issued for each account, oldest first. */
  private readonly issuedTokens = new Map<Account, string[]>();
  private issued = 0;

  constructor(
    seeds: AccountSeed[],
    private readonly now: () => number,
    private readonly maxSessions: number,
  ) {
    seeds.forEach((seed, i) => {
      const account: Account = {
        user: seed.user,
        password: seed.password,
        uid: seed.uid ?? 58213 + i,
        balances: { sms: 250, api: 18420, check: 9650, ...seed.balances },
        failedLogins: 0,
      };
      this.accounts.set(seed.user, account);
      if (seed.token) this.keys.set(seed.token, { kind: "token", account });
    });
  }

  login(user: string, password: string): string {
    const account = this.checkPassword(user, password);
    if (this.openSessions(user) >= this.maxSessions) {
      throw new Refusal(1003, `maximum of ${this.maxSessions} concurrent sessions reached: log out (acct_logout) or wait 15 minutes for an idle session to expire`);
    }
    return this.issue({ kind: "session", account, lastSeen: this.now(), ended: false });
  }

  token(user: string, password: string): { nkey: string; uid: number } {
    const account = this.checkPassword(user, password);
    const nkey = this.issue({ kind: "token", account });
    const tokens = this.issuedTokens.get(account) ?? [];
    this.issuedTokens.set(account, tokens);
    tokens.push(nkey);
    if (tokens.length > MAX_TOKENS_PER_ACCOUNT) this.keys.delete(tokens.shift()!);
    return { nkey, uid: account.uid };
  }

  /** The caller behind `nkey`; without one, the anonymous key of `address` where `anonymous` use is allowed. */
  resolve(nkey: string | undefined, address: string, anonymous: boolean): Caller {
    if (nkey === undefined) {
      if (!anonymous) throw new Refusal(1000, "no session: log in with acct_login and pass its nkey");
      return this.anonymousCaller(address);
    }
    const key = this.keys.get(nkey);
    if (!key) throw new Refusal(1000, "invalid session key");
    switch (key.kind) {
      case "session":
        if (key.ended) throw new Refusal(1000, "invalid session key");
        if (this.idle(key)) throw new Refusal(1008, "session expired, please log in again");
        key.lastSeen = this.now();
        return { nkey, account: key.account, wallet: accountWallet(key.account) };
      case "token":
        return { nkey, account: key.account, wallet: accountWallet(key.account) };
      case "anonymous":
        if (key.address !== address) throw new Refusal(1000, "this anonymous key belongs to another address");
        if (!anonymous) throw new Refusal(1000, "not available anonymously: log in with acct_login");
        return this.anonymousCaller(address);
    }
  }

  /** Whether `nkey` is a key this book issued (and has not forgotten). */
  known(nkey: string | undefined): boolean {
    return nkey !== undefined && this.keys.has(nkey);
  }

  /** Lets every open session idle out at once: the next call with one gets 1008. Returns how many. */
  expireSessions(): number {
    let expired = 0;
    for (const key of this.keys.values()) {
      if (key.kind !== "session" || key.ended || this.idle(key)) continue;
      key.lastSeen = -Infinity;
      expired++;
    }
    return expired;
  }

  /** acct_logout: ends a session. A permanent token stays valid (it is not a session). */
  logout(nkey: string): void {
    const key = this.keys.get(nkey);
    if (key?.kind === "session") key.ended = true;
  }

  /** Refuses with 1009 unless the caller can pay `price`; charges nothing. */
  checkCredits(caller: Caller, price: Price): void {
    const short = caller.wallet.shortOf(price);
    if (short) throw new Refusal(1009, `not enough ${short} credits (${price[short]} needed, ${caller.wallet.balances()[short]} left)`);
  }

  openSessions(user: string): number {
    let open = 0;
    for (const key of this.keys.values()) if (key.kind === "session" && key.account.user === user && !key.ended && !this.idle(key)) open++;
    return open;
  }

  private checkPassword(user: string, password: string): Account {
    const account = this.accounts.get(user);
    if (!account) throw new Refusal(1000, "wrong credentials");
    if (account.failedLogins >= MAX_FAILED_LOGINS) throw new Refusal(1000, "account locked, login on website to unlock");
    if (account.password !== password) {
      account.failedLogins++;
      throw new Refusal(1000, "wrong credentials");
    }
    account.failedLogins = 0;
    return account;
  }

  private anonymousCaller(address: string): Caller {
    const today = Math.floor(this.now() / DAY_MS);
    let nkey = this.anonymousByAddress.get(address);
    if (nkey === undefined) {
      nkey = this.issue({ kind: "anonymous", address, day: today, wallet: anonymousWallet() });
      this.anonymousByAddress.set(address, nkey);
    }
    const key = this.keys.get(nkey) as Extract<Key, { kind: "anonymous" }>;
    if (key.day !== today) Object.assign(key, { day: today, wallet: anonymousWallet() });
    return { nkey, wallet: key.wallet, anonymousKey: nkey };
  }

  /**
   * Sessions ended or idle for a day are forgotten (an unknown key gets 1000 like an ended one), so
   * logins in a loop cannot grow the table without limit. Runs at most once per 1000 keys issued.
   */
  private forgetDeadSessions(): void {
    if (++this.issued % 1000 !== 0) return;
    for (const [nkey, key] of this.keys) {
      if (key.kind === "session" && (key.ended || this.now() - key.lastSeen > DAY_MS)) this.keys.delete(nkey);
    }
  }

  private idle(key: Extract<Key, { kind: "session" }>): boolean {
    return this.now() - key.lastSeen > IDLE_LIMIT_MS;
  }

  private issue(key: Key): string {
    this.forgetDeadSessions();
    const nkey = randomBytes(16).toString("hex");
    this.keys.set(nkey, key);
    return nkey;
  }
}

function accountWallet(account: Account): Wallet {
  const { balances } = account;
  return {
    balances: () => ({ ...balances }),
    shortOf: (price) => (Object.keys(price) as CreditType[]).find((type) => price[type]! > 0 && balances[type] < price[type]!),
    spend(price) {
      for (const type of Object.keys(price) as CreditType[]) balances[type] = round(balances[type] - price[type]!);
    },
  };
}

/**
 * One pool of 50 credits a day that api and check prices are both paid from (the API says only
 * "50 credits per day"); acct_credits shows the pool under each of those types, sms stays 0.
 */
function anonymousWallet(): Wallet {
  let left = ANONYMOUS_DAILY_CREDITS;
  const total = (price: Price) => (price.api ?? 0) + (price.check ?? 0);
  return {
    balances: () => ({ sms: 0, api: left, check: left }),
    shortOf: (price) => ((price.sms ?? 0) > 0 ? "sms" : total(price) > left ? (price.check ? "check" : "api") : undefined),
    spend(price) {
      left = round(left - total(price));
    },
  };
}

// rule_don's cache-only price is a tenth of a credit: keep balances free of float dust.
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
