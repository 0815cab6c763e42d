// Generated from specs/watchmouse by scripts/pipeline/types.ts. Do not edit.

export interface paths {
    "/acct_login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Log in and start a session
         * @description Starts a session for the account identified by its e-mail address and
         *     API password and returns the session key `nkey`. On success `info`
         *     reads `token/new session`. The session also comes back as a cookie.
         *     A wrong password gives code 1000 with `info` `wrong credentials`;
         *     after repeated failures the API password is locked (`info`
         *     `account locked, login on website to unlock`).
         *
         *     Sessions end after 15 minutes of inactivity and the number of
         *     concurrent sessions per account is limited, so pair every login with
         *     `acct_logout`. For long-running integrations use `acct_token`.
         *
         *     The parameters come from third-party client code (which sends them
         *     as a form `POST`; `GET` with the same query parameters is modelled
         *     here). Price: not documented.
         */
        get: operations["acctLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acct_logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * End a session
         * @description Terminates the session identified by `nkey`, freeing one of the
         *     account's limited concurrent session slots. The result is empty.
         *     Price: free (0 api credits).
         */
        get: operations["acctLogout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acct_noop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Keep a session alive
         * @description Does nothing except count as activity, which restarts the 15-minute
         *     idle timer of the session. The shape of the result is not
         *     documented; it is assumed to be empty. Price: not documented.
         */
        get: operations["acctNoop"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acct_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create a permanent token
         * @description Exchanges the account e-mail and API password for a permanent token
         *     that never idles out and is passed as `nkey` exactly like a session
         *     key. Also returns the account's user id. Parameters and result fields
         *     are taken from third-party clients, which call it with `GET`.
         *     Price: not documented.
         */
        get: operations["acctToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acct_credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show remaining credits
         * @description Lists the credit balances of the account per credit type (`sms`,
         *     `api`, `check`). Without a session it reports what is left of the
         *     anonymous daily allowance (assumed from the access documentation,
         *     which points anonymous users to this call). Amounts are decimal
         *     strings. Price: not documented.
         */
        get: operations["acctCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acct_add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Add a sub-account
         * @description Creates a sub-account below the logged-in account (resellers use it
         *     for their customers). Returns the new user id and the password of the
         *     new account. Price: free (0 api credits).
         */
        get: operations["acctAdd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acct_mod": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Modify account details
         * @description Changes contact and login details of the logged-in account, or of a
         *     sub-account selected with `acct`. Only the fields that are sent are
         *     changed. `passwd` sets the web portal password, `apipasswd` the API
         *     password of the main account. The result is empty.
         *     Price: 1 api credit.
         */
        get: operations["acctMod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acct_new": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create an account through a referral partner
         * @description Lets a referral partner create a trial or full account. No session
         *     is needed; the partner identifies itself with `referid`. `dryrun=y`
         *     validates the input without creating anything.
         *
         *     Only the parameter table of this call is documented. The result
         *     fields and the price are unknown, so the result is typed as an
         *     arbitrary value. Price: not documented.
         */
        get: operations["acctNew"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acct_subscr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscriptions
         * @description Lists the account's current subscriptions together with the ones it
         *     could take out. Only the result skeleton is documented; that the
         *     call needs a session is assumed. Price: free (0 api credits).
         */
        get: operations["acctSubscr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/info_ip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up the location of an IP address or host
         * @description IP-address/host to location lookup, usable anonymously (it is the
         *     example the API documentation gives for anonymous access).
         *
         *     Known by name only: the lookup parameters and the result fields are
         *     not documented, so only the common parameters are listed and the
         *     result is typed as an arbitrary value. Called without extra
         *     parameters it presumably reports on the caller's own address.
         *     Price: not documented; anonymous calls count against the 50 daily
         *     anonymous credits.
         */
        get: operations["infoIp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cp_check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run a one-off check
         * @description Runs a single test against a host right now, optionally from a chosen
         *     checkpoint or checkpoint group. Nothing is logged, no alerts are sent
         *     and no second opinion is taken. Works anonymously.
         *
         *     The documented parameter table is cut off after `dummy`, so further
         *     parameters may exist. The result is not documented; it probably
         *     resembles the probe list of `rule_don` and is typed as an arbitrary
         *     value here.
         *
         *     Price: check credits depending on the test type: 10 for
         *     `script_firefox`, 5 for `browser` and `script`, 1 for all other
         *     types. No api credits are listed. `x-credits` holds the base price
         *     (1) and `x-check-credits-by-type` the full table.
         */
        get: operations["cpCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cp_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List checkpoints
         * @description Lists the monitoring stations (checkpoints) with their codes, host
         *     names, addresses, regions and coordinates. Calls without `nkey` have
         *     been seen, so anonymous use is assumed to work.
         *     Price: not documented.
         */
        get: operations["cpList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cp_get_limit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the checkpoint quota
         * @description Reports how many checkpoints the account may use (`max`) and how many
         *     it uses now (`current`). Price: free (0 api credits).
         */
        get: operations["cpGetLimit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fldr_get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get folders
         * @description Returns the folders of one account with their rule counts, state and
         *     alert templates. `acct` and `name` as filters are assumed by analogy
         *     with the `rule_` calls; the documented table lists only the common
         *     parameters. Price: 1 api credit.
         */
        get: operations["fldrGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule_get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get rules
         * @description Returns the configuration and current state of rules (monitors),
         *     optionally filtered by folder, tags or name, plus the account's rule
         *     quota. Price: 1 api credit (one older server build listed it as
         *     free).
         */
        get: operations["ruleGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule_mod": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Modify a rule
         * @description Changes the settings of an existing rule, identified by `name`,
         *     except its alerting (see `rule_notify`). Only the parameters that are
         *     sent are changed; `newname` renames the rule. The documented
         *     parameter table is cut off after `interval`, so more settings may be
         *     accepted. The result is not documented (probably empty).
         *     Price: 1 api credit.
         */
        get: operations["ruleMod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule_notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alerting settings of a rule
         * @description Handles the alerting (notification) settings of a rule, the part
         *     that `rule_mod` leaves out.
         *
         *     Known by name only: whether it reads or changes the settings, its
         *     parameters, its result and its price are not documented. The `name`
         *     parameter is assumed by analogy with the other `rule_` calls and the
         *     result is typed as an arbitrary value. Price: not documented.
         */
        get: operations["ruleNotify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule_log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the probe log
         * @description Returns the individual probes (check results) of rules, filtered by
         *     rule name, folder, tags and date range. Paging works with `num`
         *     (page size), `reverse`, `cursor` and `uuid` (only records newer than
         *     a given record); the envelope carries a top-level `uuid` to continue
         *     from.
         *
         *     Two result layouts exist: the legacy JSON output (`legacy_output=y`,
         *     the default) puts a bare array of log entries in `result`, while the
         *     documented layout wraps them as `result.probes`. With `full=y` each
         *     entry carries the raw check output in `output` (base64 of compressed
         *     data, or inline XML for script monitors). `format` selects other
         *     export formats; only the JSON output is described here.
         *     Price: 1 api credit.
         */
        get: operations["ruleLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule_stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get rule statistics
         * @description Returns uptime, error counts, average timings and SLA figures per
         *     rule, for a folder, a tag set or a single rule, over a date range.
         *     With `aggregate=y` the figures are combined into a single row whose
         *     `name`, `rid` and other per-rule fields are null. The parameter list
         *     is taken from third-party client code. Price: 1 api credit.
         */
        get: operations["ruleStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule_psp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get public status page data
         * @description Returns the data behind public status pages: per rule a status
         *     colour, the current error count and average uptime and performance
         *     for the current period and the day. Filter by folder or rule name
         *     (parameters taken from third-party client code).
         *     Price: 1 api credit.
         */
        get: operations["rulePsp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule_don": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run a rule on demand
         * @description Runs an existing rule up to `num` times right away and returns the
         *     probes, reusing cached results where needed. No notifications are
         *     sent and no second opinion is taken.
         *
         *     The description and result layout are documented, but the parameter
         *     table is not: `name` (required) and `num` are assumed.
         *
         *     Price: check credits as for `cp_check` (10 for `script_firefox`, 5
         *     for `browser` and `script`, 1 for other types), or 0.1 check credit
         *     when the answer comes only from the cache. `x-credits` holds the base
         *     price (1).
         */
        get: operations["ruleDon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule_check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check a rule
         * @description Runs or checks a rule; exact behaviour unknown.
         *
         *     Known by name only (a third-party client lists it among its `GET`
         *     calls). Its parameters, result and price are not documented; an
         *     optional rule `name` is assumed and the result is typed as an
         *     arbitrary value. Price: not documented.
         */
        get: operations["ruleCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Boolean flag as used throughout the API.
         * @enum {string}
         */
        YesNo: "y" | "n";
        /** @description Non-negative integer, usually sent as a decimal string, as a JSON number by newer builds. */
        UnsignedInt: string | number;
        /** @description Like `UnsignedInt`, or null when not applicable. */
        NullableUnsignedInt: string | number | null;
        /** @description Integer that may be negative, as a decimal string or JSON number. */
        SignedInt: string | number;
        /** @description Decimal number, usually sent as a string such as `"2500.00"`. */
        Decimal: string | number;
        /** @description Like `Decimal`, or null when there is no data. */
        NullableDecimal: string | number | null;
        /** @description Timing in milliseconds or size in bytes of one probe. An empty string or null means the value was not measured (e.g. the probe never connected). */
        Measurement: string | number | null;
        /** @description Date and time `YYYY-MM-DD HH:MM:SS` in the account's time zone (`tz`). */
        LocalDateTime: string;
        /** @description Like `LocalDateTime`, or null when the event has not happened. */
        NullableLocalDateTime: string | null;
        /** @description A day `YYYY-MM-DD`, optionally followed by a time `HH:MM:SS`. */
        DateOrDateTime: string;
        /** @description Time of day or duration as `HH:MM:SS`. */
        TimeOfDay: string;
        /** @description ISO 3166 two-letter country code. */
        CountryCode: string;
        /**
         * @description Kind of test a rule or check performs. `websocket` and `tls` appear only in output of newer builds.
         * @enum {string}
         */
        RuleType: "connect" | "ping" | "http" | "pop3" | "smtp" | "imap" | "gopher" | "ftp" | "telnet" | "script" | "scriptxl" | "scriptxxl" | "plugin" | "dnsa" | "dnsns" | "https" | "ftps" | "tftp" | "scp" | "sftp" | "sip" | "dns" | "domain" | "ldap" | "trace" | "browser" | "whois" | "browserscript" | "script_chrome" | "script_ie" | "script_firefox" | "tmpl_jmeter" | "tmpl_browser" | "se" | "webdriver" | "websocket" | "tls";
        /**
         * @description How a rule picks the checkpoint for each check.
         * @enum {string}
         */
        Algorithm: "random" | "master" | "excl" | "seq" | "sticky";
        /**
         * @description Whether checkpoints run a rule one at a time or all at once.
         * @enum {string}
         */
        Mode: "single" | "simultaneous";
        /**
         * @description Tag matching mode.
         * @enum {string}
         */
        TagsReq: "any" | "all";
        /**
         * @description Kind of credit.
         * @enum {string}
         */
        CreditType: "sms" | "api" | "check";
        /**
         * @description Export format of `rule_log`.
         * @enum {string}
         */
        LogFormat: "xml" | "csv" | "xls" | "tab" | "stream" | "json";
        /**
         * @description Kind of account `acct_new` creates (trial variants or a full account).
         * @enum {string}
         */
        AccountKind: "mtrial" | "vtrial" | "strial" | "account";
        /**
         * @description Kind of subscription.
         * @enum {string}
         */
        SubscriptionType: "free" | "package" | "extra" | "trial" | "loadtest" | "loadurl" | "one-off" | "component";
        /**
         * @description Status colour on a public status page.
         * @enum {string}
         */
        PspColor: "green" | "yellow" | "orange" | "red";
        /**
         * @description Kind of probe: 0 normal, 1 extra, 2 second opinion, 3 maintenance, 4 final, 5 internal error (operator side), 6 internal error (public).
         * @enum {string|integer}
         */
        ProbeType: 0 | 1 | 2 | 3 | 4 | 5 | 6 | "0" | "1" | "2" | "3" | "4" | "5" | "6";
        /** @description Outcome of a probe: 0 is OK; HTTP-like codes (e.g. 404, 500) report the server's answer; other known codes include 110 connect time-out, 1042 execution time-out, 1043 page-load time-out, 1060 bandwidth exceeded, 6001 domain redirect, 6007 connection terminated unexpectedly, 6101 URL cannot be shown, 6404 page element not found, 7001 response assertion, 7011 operation time-out, 9501 assertion not matched and -93 no checkpoint available. */
        ProbeResult: string | number;
        /** @description Wrapper around every response. `code` 0 means success; any other value is an error listed in `x-error-codes`, with its text in `error`. */
        Envelope: {
            /**
             * @description Build of the server that answered.
             * @example 8.2.10b
             */
            version?: string;
            /** @description Result code; 0 on success. */
            code: number;
            /** @description Human-readable detail about the outcome. */
            info?: string;
            /** @description Text of the error code; present only when `code` is not 0. */
            error?: string;
            /** @description Time-zone name of the account, present on account data calls. */
            tz?: string;
            /** @description Offset of the account's time zone from GMT in hours, e.g. `-5`. */
            gmtoffset?: string;
            /** @description Server processing time, apparently in milliseconds. */
            elapsed?: string;
            /** @description Payload of the call; its type depends on the operation. */
            result?: unknown;
        };
        /** @description Envelope of a failed call. */
        ErrorEnvelope: components["schemas"]["Envelope"] & {
            code: number;
            error: string;
        };
        /** @description No data. The XML form is an empty `<result/>` element; its JSON rendering was not captured, so an empty array, empty object, empty string or null are all accepted. */
        EmptyResult: unknown[] | Record<string, unknown> | string | null;
        /** @description Payload whose layout is not documented; any JSON value is accepted. */
        UnknownResult: unknown;
        LoginResult: {
            /** @description Session key to send as `nkey` on later calls. */
            nkey: string;
        };
        TokenResult: {
            /** @description Permanent token, used as `nkey`. */
            nkey: string;
            /** @description User id of the account. */
            uid?: components["schemas"]["UnsignedInt"];
        };
        Credit: {
            type: components["schemas"]["CreditType"];
            /** @description Credits on the account. */
            amount?: components["schemas"]["Decimal"];
            /** @description How far the balance may go below zero. */
            credit_limit?: components["schemas"]["Decimal"];
            /** @description Credits that can still be spent. */
            available: components["schemas"]["Decimal"];
        };
        CreditsResult: {
            credits: components["schemas"]["Credit"][];
        };
        AcctAddResult: {
            /** @description User id of the new account. */
            uid: components["schemas"]["UnsignedInt"];
            /** @description Password of the new account. */
            password?: string;
        };
        Subscription: {
            id: components["schemas"]["UnsignedInt"];
            name: string;
            /** @description Currency of `price`. */
            currency?: string;
            price?: components["schemas"]["Decimal"];
            type?: components["schemas"]["SubscriptionType"];
            /** @description Quantity included. */
            amount?: components["schemas"]["UnsignedInt"];
        };
        SubscriptionsResult: {
            subscriptions: components["schemas"]["Subscription"][];
        };
        Checkpoint: {
            id: components["schemas"]["UnsignedInt"];
            /** @description Two-character checkpoint code, as used in `checkloc` and `locpool`. */
            loc: string;
            /** @description Location code of the station, e.g. `usnyc01`. */
            locode?: string;
            active?: components["schemas"]["YesNo"];
            /** @description Host name of the station. */
            host?: string;
            /** @description IP address of the station. */
            ip?: string;
            /** @description Comma-separated list of regions the station belongs to. */
            areas?: string;
            country_name?: string;
            /** @description ISO 3166 two-letter country code (lower case). */
            country?: string;
            city?: string;
            lat?: components["schemas"]["Decimal"];
            lng?: components["schemas"]["Decimal"];
        };
        CheckpointListResult: {
            checkpoints: components["schemas"]["Checkpoint"][];
        };
        CheckpointLimitResult: {
            /** @description Number of checkpoints the account may use. */
            max: components["schemas"]["UnsignedInt"];
            /** @description Number of checkpoints in use. */
            current: components["schemas"]["UnsignedInt"];
        };
        Folder: {
            name: string;
            /** @description Folder id. */
            fid: components["schemas"]["UnsignedInt"];
            /** @description Id of the owning account. */
            uid?: components["schemas"]["UnsignedInt"];
            /** @description Number of rules in the folder. */
            rulecount?: components["schemas"]["UnsignedInt"];
            /** @description Number of rules currently in error. */
            triggered?: components["schemas"]["UnsignedInt"];
            /** @description Display colour (hex, without `#`), empty if unset. */
            color?: string | null;
            active?: components["schemas"]["YesNo"];
            notifyon?: components["schemas"]["YesNo"];
            public?: components["schemas"]["YesNo"];
            /** @description Template of alert messages. */
            tpl_alert?: string | null;
            /** @description Template of reminder messages. */
            tpl_reminder?: string | null;
            /** @description Template of recovery messages. */
            tpl_ok?: string | null;
        };
        FolderListResult: {
            folders: components["schemas"]["Folder"][];
        };
        /** @description A rule (monitor) with its configuration and current state. */
        Rule: {
            name: string;
            /** @description Rule id. */
            rid: components["schemas"]["UnsignedInt"];
            /** @description Folder name; null for the top level. */
            folder?: string | null;
            /** @description Folder id; 0 for the top level. */
            fid?: components["schemas"]["UnsignedInt"];
            active?: components["schemas"]["YesNo"];
            /** @description Comma-separated tags. */
            tags?: string | null;
            lastcheck?: components["schemas"]["NullableLocalDateTime"];
            consecutive_errors?: components["schemas"]["UnsignedInt"];
            /** @description Start of the current error period; null when the rule is fine. */
            errorsince?: components["schemas"]["NullableLocalDateTime"];
            /** @description Time between checks. */
            interval?: components["schemas"]["TimeOfDay"];
            type?: components["schemas"]["RuleType"];
            host?: string;
            port?: components["schemas"]["NullableUnsignedInt"];
            path?: string | null;
            /** @description Request body sent by the test. */
            post?: string | null;
            maxread?: components["schemas"]["NullableUnsignedInt"];
            account?: string | null;
            passwd?: string | null;
            parameters?: string | null;
            /** @description URL-encoded option string, e.g. `WMhdr=&redir=5&nozip=0&ntlm=0`. */
            options?: string | null;
            /** @description User-agent code, e.g. `wm`. */
            ua?: string | null;
            /** @description Daily start of the check window. */
            start?: components["schemas"]["TimeOfDay"];
            /** @description Daily end of the check window. */
            end?: components["schemas"]["TimeOfDay"];
            /** @description Comma-separated weekdays on which the rule runs (0 = Sunday). */
            days?: string;
            /** @description Start of the maintenance window; null when none is set. */
            maint_start?: string | null;
            /** @description Length of the maintenance window. */
            maint_dur?: components["schemas"]["TimeOfDay"];
            /** @description Repetition of the maintenance window, e.g. `none`. */
            maint_repeat?: string;
            /** @description Contact that receives alerts. */
            contact?: string | null;
            skip?: components["schemas"]["UnsignedInt"];
            notifyon?: components["schemas"]["YesNo"];
            algorithm?: components["schemas"]["Algorithm"];
            /** @description Checkpoint namespace. */
            cpns?: components["schemas"]["SignedInt"];
            /** @description Code of the checkpoint last (or preferably) used. */
            checkloc?: string | null;
            /** @description Comma-separated checkpoint codes the rule may use. */
            locpool?: string | null;
            /** @description Time-out in seconds. */
            timeout?: components["schemas"]["UnsignedInt"];
            /** @description Warning threshold in milliseconds. */
            timewarn?: components["schemas"]["UnsignedInt"];
            /** @description Poor-performance threshold in milliseconds. */
            timepoor?: components["schemas"]["UnsignedInt"];
            color?: string | null;
            lat?: components["schemas"]["NullableDecimal"];
            lng?: components["schemas"]["NullableDecimal"];
            /** @description When the rule was created. */
            entered?: components["schemas"]["LocalDateTime"];
        };
        RuleListResult: {
            /** @description Rule quota of the account (name used by the generated documentation). */
            maximum?: components["schemas"]["UnsignedInt"];
            /** @description Rule quota of the account (name seen in captured JSON responses). */
            maxrules?: components["schemas"]["UnsignedInt"];
            /** @description Number of active rules. */
            active?: components["schemas"]["UnsignedInt"];
            rules: components["schemas"]["Rule"][];
        };
        /** @description One probe in the log. */
        RuleLogEntry: {
            name?: string;
            rid: components["schemas"]["UnsignedInt"];
            deleted?: components["schemas"]["YesNo"];
            start: components["schemas"]["LocalDateTime"];
            end?: components["schemas"]["LocalDateTime"];
            repeat?: components["schemas"]["UnsignedInt"];
            result: components["schemas"]["ProbeResult"];
            type?: components["schemas"]["ProbeType"];
            /** @description Text describing the outcome. */
            descr?: string | null;
            /** @description Total time (ms). */
            ttime?: components["schemas"]["Measurement"];
            /** @description Name resolution time (ms). */
            rtime?: components["schemas"]["Measurement"];
            /** @description Connect time (ms). */
            ctime?: components["schemas"]["Measurement"];
            /** @description Processing time until the first byte (ms). */
            ptime?: components["schemas"]["Measurement"];
            /** @description Download time (ms). */
            dtime?: components["schemas"]["Measurement"];
            /** @description Downloaded bytes. */
            dsize?: components["schemas"]["Measurement"];
            utime?: components["schemas"]["Measurement"];
            /** @description Code of the checkpoint that ran the probe (`--` if none). */
            loc?: string;
            source?: components["schemas"]["UnsignedInt"];
            /** @description Number of alerts sent for this probe. */
            alerts?: components["schemas"]["UnsignedInt"];
            /** @description IP address the probe connected to. */
            ipaddr?: string | null;
            uuid?: string;
            /** @description Record id; can exceed the safe JavaScript integer range, hence a string. */
            id?: string;
            /** @description Raw check output (only with `full=y`): base64 of zlib/gzip compressed data, or inline XML for script monitors. */
            output?: string | null;
        };
        /** @description Either a bare array of entries (legacy output) or an object with the entries in `probes` (documented layout). */
        RuleLogResult: components["schemas"]["RuleLogEntry"][] | {
            probes: components["schemas"]["RuleLogEntry"][];
        };
        /** @description Statistics of one rule, or of the whole selection when aggregated (then the per-rule fields are null). */
        RuleStatsRow: {
            name?: string | null;
            rid?: components["schemas"]["NullableUnsignedInt"];
            active?: components["schemas"]["YesNo"] | null;
            consecutive_errors?: components["schemas"]["NullableUnsignedInt"];
            timewarn?: components["schemas"]["NullableUnsignedInt"];
            timepoor?: components["schemas"]["NullableUnsignedInt"];
            lastcheck?: components["schemas"]["NullableLocalDateTime"];
            errorsince?: components["schemas"]["NullableLocalDateTime"];
            /** @description Number of probes in the period. */
            probes?: components["schemas"]["NullableUnsignedInt"];
            probe_errors?: components["schemas"]["NullableUnsignedInt"];
            /** @description Number of checks (final verdicts) in the period. */
            checks?: components["schemas"]["NullableUnsignedInt"];
            check_errors?: components["schemas"]["NullableUnsignedInt"];
            /** @description Uptime percentage. */
            uptime?: components["schemas"]["NullableDecimal"];
            /** @description Average total time (ms). */
            ttime?: components["schemas"]["NullableDecimal"];
            /** @description Average connect time (ms). */
            ctime?: components["schemas"]["NullableDecimal"];
            /** @description Average processing time (ms). */
            ptime?: components["schemas"]["NullableDecimal"];
            /** @description Average download time (ms). */
            dtime?: components["schemas"]["NullableDecimal"];
            /** @description Average downloaded bytes. */
            dsize?: components["schemas"]["NullableDecimal"];
            /** @description Percentage of checks within the warning threshold. */
            sla_warn?: components["schemas"]["NullableDecimal"];
            /** @description Percentage of checks within the poor threshold. */
            sla_poor?: components["schemas"]["NullableDecimal"];
        };
        RuleStatsResult: {
            stats: components["schemas"]["RuleStatsRow"][];
        };
        PspMonitor: {
            name: string;
            rid: components["schemas"]["UnsignedInt"];
            color?: components["schemas"]["PspColor"];
            errors?: components["schemas"]["UnsignedInt"];
            /** @description Average uptime percentage, current period. */
            avg_uptime_cur?: components["schemas"]["NullableDecimal"];
            /** @description Average uptime percentage, day. */
            avg_uptime_day?: components["schemas"]["NullableDecimal"];
            /** @description Average response time (ms), current period. */
            avg_perf_cur?: components["schemas"]["NullableDecimal"];
            /** @description Average response time (ms), day. */
            avg_perf_day?: components["schemas"]["NullableDecimal"];
        };
        RulePspResult: {
            monitors: components["schemas"]["PspMonitor"][];
        };
        OnDemandProbe: {
            start: components["schemas"]["LocalDateTime"];
            result: components["schemas"]["ProbeResult"];
            descr?: string | null;
            /** @description Code of the checkpoint that ran the probe. */
            loc?: string;
            source?: components["schemas"]["UnsignedInt"];
            rtime?: components["schemas"]["Measurement"];
            ctime?: components["schemas"]["Measurement"];
            ptime?: components["schemas"]["Measurement"];
            dtime?: components["schemas"]["Measurement"];
            ttime?: components["schemas"]["Measurement"];
            dsize?: components["schemas"]["Measurement"];
            utime?: components["schemas"]["Measurement"];
        };
        RuleDonResult: {
            message?: string;
            probes?: components["schemas"]["OnDemandProbe"][];
        };
    };
    responses: {
        /**
         * @description Error envelope (non-zero `code`). The live API never sends this
         *     status: it reports errors as HTTP 200 with a non-zero `code`, the
         *     code's text in `error` and details in `info`. The specfirst client
         *     maps such bodies to this documented error response, with status
         *     401 (1000, 1008), 402 (1009), 403 (1003, 1006, 1007, 1014, 1015,
         *     1016), 404 (1002), 409 (1005) or 400 (any other code). See the root
         *     extension `x-error-codes` for all codes.
         */
        ErrorEnvelope: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
        Nkey: string;
        /** @description E-mail address of another (sub-)account to act on behalf of. Empty or absent means the logged-in account. */
        Acct: string;
        /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
        Callback: string;
        /**
         * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
         * @example json
         */
        View: "xml" | "json";
        /** @description Arbitrary number that makes the request URL unique (cache buster). */
        Dummy: number;
        /**
         * @description E-mail address of the account.
         * @example ops@example.org
         */
        User: string;
        /**
         * @description API password of the account (not the web portal password). Prefer HTTPS; the value travels in plain text.
         * @example api-secret-42
         */
        Password: string;
        /** @description Password for the account: at least 5 characters including a digit or another non-letter character. */
        NewPassword: string;
        /** @description ISO 639 language code for the account. */
        Lang: string;
        /** @description Time-zone name of the account, e.g. `Europe/Amsterdam`. */
        Timezone: string;
        /**
         * @description Host (site) through which the account was registered.
         * @example www.example.com
         */
        RegHostRequired: string;
        /** @description Referring URL of the registration. */
        RegRefer: string;
        /** @description State or province. */
        State: string;
        /** @description Telephone number(s). */
        Telnr: string;
        /** @description Fax number. */
        Faxnr: string;
        /** @description Whether the account holder accepts mailings. */
        OptIn: components["schemas"]["YesNo"];
        /** @description Name of a single rule to restrict the call to. */
        RuleName: string;
        /** @description Folder name to restrict the call to; an empty value selects the top level. */
        Folder: string;
        /**
         * @description Comma-separated list of tags to filter on.
         * @example shop,api
         */
        Tags: string;
        /** @description Whether a rule needs `any` or `all` of the given tags to match. */
        TagsReq: components["schemas"]["TagsReq"];
        /** @description When `y`, return only rules (or probes) in error. */
        ErrorsOnly: components["schemas"]["YesNo"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    acctLogin: {
        parameters: {
            query: {
                /**
                 * @description E-mail address of the account.
                 * @example ops@example.org
                 */
                user: components["parameters"]["User"];
                /**
                 * @description API password of the account (not the web portal password). Prefer HTTPS; the value travels in plain text.
                 * @example api-secret-42
                 */
                password: components["parameters"]["Password"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` holds the new session key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["LoginResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    acctLogout: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope with an empty `result`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["EmptyResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    acctNoop: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope with an (assumed) empty `result`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["EmptyResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    acctToken: {
        parameters: {
            query: {
                /**
                 * @description E-mail address of the account.
                 * @example ops@example.org
                 */
                user: components["parameters"]["User"];
                /**
                 * @description API password of the account (not the web portal password). Prefer HTTPS; the value travels in plain text.
                 * @example api-secret-42
                 */
                password: components["parameters"]["Password"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` holds the token and user id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["TokenResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    acctCredits: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` lists the balances. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["CreditsResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    acctAdd: {
        parameters: {
            query: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /**
                 * @deprecated
                 * @description Former brand id; ignored by the service (the ASM brand was 1).
                 */
                labelid?: number;
                /**
                 * @description Full name of the account holder, "first last".
                 * @example Jane Doe
                 */
                name: string;
                /**
                 * @description E-mail address of the new account; it is also its login name.
                 * @example jane.doe@example.com
                 */
                email: string;
                /** @description Password for the account: at least 5 characters including a digit or another non-letter character. */
                passwd?: components["parameters"]["NewPassword"];
                /** @description ISO 639 language code for the account. */
                lang?: components["parameters"]["Lang"];
                /**
                 * @description Host (site) through which the account was registered.
                 * @example www.example.com
                 */
                reghost: components["parameters"]["RegHostRequired"];
                /** @description Referring URL of the registration. */
                regrefer?: components["parameters"]["RegRefer"];
                /** @description Time-zone name of the account, e.g. `Europe/Amsterdam`. */
                timezone?: components["parameters"]["Timezone"];
                /**
                 * @description Company name.
                 * @example Example Shop Ltd
                 */
                company: string;
                /**
                 * @description Street address.
                 * @example 1 Main Street
                 */
                address: string;
                /**
                 * @description Postal code.
                 * @example 1011 AB
                 */
                zip: string;
                /**
                 * @description City.
                 * @example Amsterdam
                 */
                city: string;
                /** @description State or province. */
                state?: components["parameters"]["State"];
                /**
                 * @description ISO 3166 two-letter country code.
                 * @example nl
                 */
                country: components["schemas"]["CountryCode"];
                /** @description Telephone number(s). */
                telnr?: components["parameters"]["Telnr"];
                /** @description Fax number. */
                faxnr?: components["parameters"]["Faxnr"];
                /** @description Whether the account holder accepts mailings. */
                "opt-in"?: components["parameters"]["OptIn"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` holds the new user id and password. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["AcctAddResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    acctMod: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description E-mail address of another (sub-)account to act on behalf of. Empty or absent means the logged-in account. */
                acct?: components["parameters"]["Acct"];
                /** @description Full name of the account holder, "first last". */
                name?: string;
                /** @description New e-mail address (login name). */
                email?: string;
                /** @description Password for the account: at least 5 characters including a digit or another non-letter character. */
                passwd?: components["parameters"]["NewPassword"];
                /** @description New API password of the main account. */
                apipasswd?: string;
                /** @description ISO 639 language code for the account. */
                lang?: components["parameters"]["Lang"];
                /** @description Time-zone name of the account, e.g. `Europe/Amsterdam`. */
                timezone?: components["parameters"]["Timezone"];
                /** @description Company name. */
                company?: string;
                /** @description Street address. */
                address?: string;
                /** @description Postal code. */
                zip?: string;
                /** @description City. */
                city?: string;
                /** @description State or province. */
                state?: components["parameters"]["State"];
                /** @description ISO 3166 two-letter country code. */
                country?: components["schemas"]["CountryCode"];
                /** @description Telephone number(s). */
                telnr?: components["parameters"]["Telnr"];
                /** @description Fax number. */
                faxnr?: components["parameters"]["Faxnr"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope with an empty `result`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["EmptyResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    acctNew: {
        parameters: {
            query: {
                /**
                 * @description Id of the referring partner.
                 * @example 1042
                 */
                referid: number;
                /**
                 * @description Kind of account to create.
                 * @example vtrial
                 */
                what: components["schemas"]["AccountKind"];
                /**
                 * @description Full name of the account holder, "first last".
                 * @example Jane Doe
                 */
                name: string;
                /**
                 * @description E-mail address of the new account (login name).
                 * @example jane.doe@example.com
                 */
                email: string;
                /** @description Password for the account: at least 5 characters including a digit or another non-letter character. */
                passwd?: components["parameters"]["NewPassword"];
                /**
                 * @description Domain of the site the new account is for.
                 * @example example.com
                 */
                domain: string;
                /** @description ISO 639 language code for the account. */
                lang?: string;
                /**
                 * @description Time-zone name of the account, e.g. `Europe/Amsterdam`.
                 * @example Europe/Amsterdam
                 */
                timezone: string;
                /**
                 * @description Host (site) through which the account was registered.
                 * @example www.example.com
                 */
                reghost: components["parameters"]["RegHostRequired"];
                /** @description Referring URL of the registration. */
                regrefer?: components["parameters"]["RegRefer"];
                /** @description Three-letter currency code for billing. */
                currency?: string;
                /** @description Company name. */
                company?: string;
                /** @description Street address. */
                address?: string;
                /** @description Postal code. */
                zip?: string;
                /** @description City. */
                city?: string;
                /** @description State or province. */
                state?: components["parameters"]["State"];
                /** @description ISO 3166 two-letter country code. */
                country?: components["schemas"]["CountryCode"];
                /** @description Telephone number(s). */
                telnr?: components["parameters"]["Telnr"];
                /** @description Fax number. */
                faxnr?: components["parameters"]["Faxnr"];
                /** @description Whether the account holder accepts mailings. */
                "opt-in"?: components["parameters"]["OptIn"];
                /** @description When `y`, only validate the request. */
                dryrun?: components["schemas"]["YesNo"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope; the content of `result` is not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["UnknownResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    acctSubscr: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` lists subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["SubscriptionsResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    infoIp: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope; the content of `result` is not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["UnknownResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    cpCheck: {
        parameters: {
            query: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /**
                 * @deprecated
                 * @description Two-character checkpoint code to run from; replaced by `source`.
                 */
                checkloc?: string;
                /**
                 * @deprecated
                 * @description Checkpoint namespace; replaced by `source`.
                 */
                cpns?: number;
                /** @description Checkpoint group to run from (supersedes `checkloc` and `cpns`). */
                source?: string;
                /** @description Internal checkpoint id; leave at 0. */
                cpid?: number;
                /** @description Kind of test to run. */
                type?: components["schemas"]["RuleType"];
                /**
                 * @description Host name, IPv4 or IPv6 address to test.
                 * @example www.example.com
                 */
                host: string;
                /** @description TCP/UDP port; defaults to the standard port of the protocol. */
                port?: number;
                /** @description Path (and query) to request, for URL-based types. */
                path?: string;
                /** @description Request body to send with a POST-style test. */
                post?: string;
                /** @description User name for the tested service; `domain\user` for NTLM. */
                account?: string;
                /** @description Password for the tested service. */
                passwd?: string;
                /** @description IP version to use; by default IPv6 is tried first, then IPv4. */
                ipversion?: 4 | 6;
                /** @description Type-specific parameters (for example a script). */
                parameters?: string;
                /** @description URL-encoded option string, e.g. `redir=5&nozip=0`. */
                options?: string;
                /** @description Time-out in seconds. */
                timeout?: number;
                /** @description Maximum number of bytes to read from the response. */
                maxread?: number;
                /** @description User-agent code to send. */
                ua?: string;
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope; the content of `result` is not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["UnknownResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    cpList: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` lists the checkpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["CheckpointListResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    cpGetLimit: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` holds the quota. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["CheckpointLimitResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    fldrGet: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description E-mail address of another (sub-)account to act on behalf of. Empty or absent means the logged-in account. */
                acct?: components["parameters"]["Acct"];
                /** @description Folder name to return (assumed filter). */
                name?: string;
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` lists the folders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["FolderListResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    ruleGet: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description E-mail address of another (sub-)account to act on behalf of. Empty or absent means the logged-in account. */
                acct?: components["parameters"]["Acct"];
                /** @description Name of a single rule to restrict the call to. */
                name?: components["parameters"]["RuleName"];
                /** @description Folder name to restrict the call to; an empty value selects the top level. */
                folder?: components["parameters"]["Folder"];
                /**
                 * @description Comma-separated list of tags to filter on.
                 * @example shop,api
                 */
                tags?: components["parameters"]["Tags"];
                /** @description Whether a rule needs `any` or `all` of the given tags to match. */
                tags_req?: components["parameters"]["TagsReq"];
                /** @description When `y`, return only rules (or probes) in error. */
                errorsonly?: components["parameters"]["ErrorsOnly"];
                /** @description When `y`, return only rules shown on public status pages. */
                publiconly?: components["schemas"]["YesNo"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` lists the matching rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["RuleListResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    ruleMod: {
        parameters: {
            query: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description E-mail address of another (sub-)account to act on behalf of. Empty or absent means the logged-in account. */
                acct?: components["parameters"]["Acct"];
                /**
                 * @description Current name of the rule to change.
                 * @example Shop homepage
                 */
                name: string;
                /** @description New name for the rule. */
                newname?: string;
                /** @description Kind of test. */
                type?: components["schemas"]["RuleType"];
                /** @description Whether checkpoints run the test one at a time or simultaneously. */
                mode?: components["schemas"]["Mode"];
                /** @description Host name or IP address to test. */
                host?: string;
                /** @description Port to connect to. */
                port?: number;
                /** @description Path (and query) to request. */
                path?: string;
                /** @description Request body for POST-style tests. */
                post?: string;
                /** @description Time-out in seconds. */
                timeout?: number;
                /** @description Response time in milliseconds above which performance counts as "warn". */
                timewarn?: number;
                /** @description Response time in milliseconds above which performance counts as "poor". */
                timepoor?: number;
                /** @description Maximum number of bytes to read. */
                maxread?: number;
                /** @description Download cap in KiB. */
                maxkib?: number;
                /** @description User name for the tested service; `domain\user` for NTLM. */
                account?: string;
                /** @description Password for the tested service. */
                passwd?: string;
                /** @description Type-specific parameters (for example a script). */
                parameters?: string;
                /** @description URL-encoded option string. */
                options?: string;
                /** @description Switch the rule on (`y`) or off (`n`). */
                active?: components["schemas"]["YesNo"];
                /**
                 * @description Time between checks as `HH:MM:SS`.
                 * @example 00:05:00
                 */
                interval?: components["schemas"]["TimeOfDay"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope; the content of `result` is not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["UnknownResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    ruleNotify: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description Name of the rule (assumed). */
                name?: string;
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope; the content of `result` is not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["UnknownResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    ruleLog: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description E-mail address of another (sub-)account to act on behalf of. Empty or absent means the logged-in account. */
                acct?: components["parameters"]["Acct"];
                /** @description Name of a single rule to restrict the call to. */
                name?: components["parameters"]["RuleName"];
                /** @description Folder name to restrict the call to; an empty value selects the top level. */
                folder?: components["parameters"]["Folder"];
                /**
                 * @description Comma-separated list of tags to filter on.
                 * @example shop,api
                 */
                tags?: components["parameters"]["Tags"];
                /** @description Whether a rule needs `any` or `all` of the given tags to match. */
                tags_req?: components["parameters"]["TagsReq"];
                /** @description When `y`, return only rules (or probes) in error. */
                errorsonly?: components["parameters"]["ErrorsOnly"];
                /** @description Export format. Values other than `json` produce non-JSON bodies that this document does not describe. */
                format?: components["schemas"]["LogFormat"];
                /** @description When `y`, reverse the order of the records. */
                reverse?: components["schemas"]["YesNo"];
                /** @description When `y`, include the full log entry including `output`. */
                full?: components["schemas"]["YesNo"];
                /** @description `y` (default) keeps the legacy output format; `n` selects the newer format, which links to the full output by URL instead of embedding it. */
                legacy_output?: components["schemas"]["YesNo"];
                /**
                 * @description First day to include, `YYYY-MM-DD`.
                 * @example 2015-03-10
                 */
                start_date?: string;
                /** @description Last day to include, `YYYY-MM-DD`. */
                end_date?: string;
                /** @description Return results relative to the last cursor returned. */
                cursor?: number;
                /** @description Return only records newer than the record with this uuid. */
                uuid?: string;
                /** @description Maximum number of records to return. */
                num?: number;
                /** @description Restrict to one source (checkpoint); only together with `name`. */
                source?: number;
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` holds the log entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Uuid of the newest record returned; pass it back as `uuid` to page forward. */
                        uuid?: string;
                        result?: components["schemas"]["RuleLogResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    ruleStats: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description E-mail address of another (sub-)account to act on behalf of. Empty or absent means the logged-in account. */
                acct?: components["parameters"]["Acct"];
                /** @description Folder name to restrict the call to; an empty value selects the top level. */
                folder?: components["parameters"]["Folder"];
                /** @description Name of a single rule to restrict the call to. */
                name?: components["parameters"]["RuleName"];
                /**
                 * @description Comma-separated list of tags to filter on.
                 * @example shop,api
                 */
                tags?: components["parameters"]["Tags"];
                /**
                 * @description Start of the period, `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`.
                 * @example 2015-03-09
                 */
                start_date?: components["schemas"]["DateOrDateTime"];
                /** @description End of the period, `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`. */
                end_date?: components["schemas"]["DateOrDateTime"];
                /** @description When `y`, combine all selected rules into one row. */
                aggregate?: components["schemas"]["YesNo"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` holds the statistics rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["RuleStatsResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    rulePsp: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description Folder name to restrict the call to; an empty value selects the top level. */
                folder?: components["parameters"]["Folder"];
                /** @description Name of a single rule to restrict the call to. */
                name?: components["parameters"]["RuleName"];
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` lists the rules' public status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["RulePspResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    ruleDon: {
        parameters: {
            query: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /**
                 * @description Name of the rule to run (assumed).
                 * @example Shop homepage
                 */
                name: string;
                /** @description Maximum number of runs (assumed). */
                num?: number;
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope whose `result` holds a message and the probes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["RuleDonResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
    ruleCheck: {
        parameters: {
            query?: {
                /** @description Session key or permanent token. Normally filled in by the client from the `nkey` security scheme; whether it is mandatory follows from the operation's `security` (optional on anonymous-capable calls). */
                nkey?: components["parameters"]["Nkey"];
                /** @description Name of the rule (assumed). */
                name?: string;
                /** @description JSONP function name. When present the body becomes `<callback>(<json>)` instead of plain JSON (or XML). The schemas in this document describe the JSON inside; the specfirst client leaves this parameter out. */
                callback?: components["parameters"]["Callback"];
                /**
                 * @description Output representation; the service defaults to `xml`. This document describes the `json` representation only, so send `view=json`. An HTTP `Accept` header overrides this parameter.
                 * @example json
                 */
                view?: components["parameters"]["View"];
                /** @description Arbitrary number that makes the request URL unique (cache buster). */
                dummy?: components["parameters"]["Dummy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envelope; the content of `result` is not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        result?: components["schemas"]["UnknownResult"];
                    };
                };
            };
            "4XX": components["responses"]["ErrorEnvelope"];
        };
    };
}
