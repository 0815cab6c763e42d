// Generated from specs/shadowserver by scripts/pipeline/types.ts. Do not edit.

export interface paths {
    "/test/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check connectivity and credentials
         * @description Returns the server's current time. A successful answer proves that the key is known and the HMAC2 signature was accepted, so this is the cheapest way to validate a configuration.
         */
        post: operations["ping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/key/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Describe the calling API key
         * @description Returns details of the key used to sign the request: owner, label, status, the method groups it may call, and its query quota and usage. The answer is a list holding a single object, and the numeric counters are encoded as strings.
         */
        post: operations["getKeyInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/subscribed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List subscribed report lists
         * @description Returns the names of the report lists the key's organisation receives (most organisations have exactly one). An empty list is a valid answer for an organisation without subscriptions.
         */
        post: operations["listSubscribedReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List report types
         * @description Returns the report types available to the organisation, optionally for a date or range. With `detail` false (the default) each entry is a type name; with `detail` true each entry is an object whose confirmed member is `url`, a link to the type's description page (any further members are undocumented). The full catalogue is also published at https://interchange.shadowserver.org/schema/reports.json.
         */
        post: operations["listReportTypes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List available report files
         * @description Returns a descriptor for every report file matching the filters. The descriptor's `id` is what `reports/download` and the https://dl.shadowserver.org/{reportId} download take. Official tools send `date`, `reports`, `types` (and the deprecated `type`); one third-party client sends `report` as a list instead, which is not modelled here. The `url` member of descriptors has been seen in one client only.
         */
        post: operations["listReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch the content of a report file
         * @description Returns the rows of one report file identified by the `id` from `reports/list`. Inferred: this method appears in the 2021 documentation but not in the current method list, and current official tools fetch https://dl.shadowserver.org/{reportId} instead. The answer format is inferred from third-party clients — most parse it as a JSON array of row objects, one treats it as raw CSV text — so both are described.
         */
        post: operations["downloadReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search report events
         * @description Searches the events behind the organisation's reports. `query` is required and must include at least one filter that matches the organisation's own report filters (such as `geo`, `asn`, `ip` or `city`). A single query returns at most 10,000 results; use `page` and `limit` to walk through them, stopping at an empty page. Event members depend on the report type. `sort`, `facet` and `page` are documented only by third-party clients, and the shape of facet counts is unknown (any object array is accepted). Large queries can take longer than the 45-second timeout used by the official tools.
         */
        post: operations["queryReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get report statistics
         * @description Returns event counts as a table whose first row names the columns. `report` and `type` take one value or a list; report types may be given in underscore form (`scan_rdp`, preferred) or hyphen form (`scan-rdp`). Inferred: the table layout, the column names and the default date (the previous day) come from third-party clients.
         */
        post: operations["getReportStats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/device-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get device details for an address
         * @description Returns what the scans know about the device at an address inside the organisation's scope. Inferred: the request members (`ip`, `asn`, `geo` under `query`) come from a third-party client and the answer's shape is undocumented; an array of records is assumed.
         */
        post: operations["getDeviceInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the field schema of a report type
         * @description Returns a JSON Schema describing the fields of one report type. Inferred: the `type` request member comes from a third-party client.
         */
        post: operations["getReportSchema"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/honeypot/common-vulnerabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List vulnerabilities commonly targeted at the honeypots
         * @description Returns the vulnerabilities most often targeted against Shadowserver's honeypots for a day or range. Inferred: the method and its `date` (required) and `limit` members are known only from third-party clients, one of which marks it untested; the record shape is assumed to match `honeypot/exploited-vulnerabilities`.
         */
        post: operations["listHoneypotCommonVulnerabilities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/honeypot/exploited-vulnerabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List vulnerabilities exploited against the honeypots
         * @description Returns vulnerabilities observed being exploited against the honeypots, with the affected product, severity and whether the issue is an IoT one or in CISA's Known Exploited Vulnerabilities list. Inferred: the method is mentioned by a single third-party source (which also notes the data may not be downloaded as CSV); its parameters are undocumented, so `date` and `limit` are assumed.
         */
        post: operations["listHoneypotExploitedVulnerabilities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/research/malware-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up malware samples by hash (keyed)
         * @description Keyed counterpart of `GET /malware/info`: returns repository metadata and anti-virus verdicts for one or more hashes, optionally with domains linked to each sample. Inferred: known only from two independent third-party clients.
         */
        post: operations["getResearchMalwareInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/research/malware-domain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up samples associated with a domain
         * @description Returns, keyed by the queried domain, the malware family or families seen using it and the samples involved. Inferred: known only from third-party clients.
         */
        post: operations["getResearchMalwareDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/research/trusted-program": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up a trusted program by hash (keyed)
         * @description Keyed counterpart of `GET /program/trusted`; returns the same known-good software record. Inferred: known only from a third-party client.
         */
        post: operations["getResearchTrustedProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/research/asn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up routing and AS information (keyed)
         * @description Keyed counterpart of `GET /net/asn`. Send exactly one of `origin`, `peer`, `prefix` or `query`; the answer's shape depends on which (see AsnLookupResult). Inferred: known only from a third-party client.
         */
        post: operations["getResearchAsn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scan/ssl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search TLS/SSL scan results
         * @description Returns TLS/SSL scan records matching `query`, paged by up to 1000 records (`page` is 1-based; `limit` defaults to 1000). Inferred: known only from a third-party client; record members follow the `scan_ssl` report type.
         */
        post: operations["queryScanSsl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/net/asn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up routing and AS information
         * @description Answers one of four questions, chosen by supplying exactly one of the query parameters (each is optional on its own, but one and only one must be present): `origin` — which AS and prefix originate these addresses; `peer` — the BGP peers of the AS originating these addresses; `prefix` — which prefixes an AS announces; `query` — registration details of an AS. The first three answer with an array, `query` with a single object; every value is a string. Inferred: the page title is official, but parameters and answer shapes come from third-party clients and their test fixtures. No key is needed; limited to 10 queries per second per source address.
         */
        get: operations["lookupAsn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/malware/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up malware samples by hash
         * @description Returns repository metadata and anti-virus verdicts for one or more sample hashes (MD5, SHA-1, SHA-256 or SHA-512). Every value is a string. Inferred: the page title is official, but the answer's members come from third-party clients and fixtures. No key is needed; limited to 10 queries per second per source address.
         */
        get: operations["lookupMalware"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/program/trusted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up a known-good program by hash
         * @description Checks a file hash against Shadowserver's set of known-good software (roughly 80 applications indexed) and returns the matching record, with every value as a string. An empty answer means the hash is not known. No key is needed; limited to 10 queries per second per source address.
         */
        get: operations["lookupTrustedProgram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a report file as CSV
         * @description Fetches a report file by the `id` found in a `reports/list` descriptor. No key or signature is sent: knowing the identifier is what grants access. The CSV starts with a header row and every row has a UTC `timestamp` (`YYYY-MM-DD HH:MM:SS`); the other columns depend on the report type. The official tools treat an empty (zero-byte) file as a failed download.
         */
        get: operations["downloadReportFile"];
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
        /** @description This method takes no parameters; send an empty JSON object (the client still adds `apikey` before signing). */
        EmptyRequest: Record<string, unknown>;
        /** @description Error payload observed from the keyed API (third-party clients read the `error` member). No catalogue of error messages is published. */
        ErrorBody: {
            /** @description Human-readable reason for the failure. */
            error: string;
        };
        PingResponse: {
            /** @description Server clock as `YYYY-MM-DD HH:MM:SS`. */
            pong: string;
        };
        /** @description Details of the API key. Counters are returned as strings. */
        KeyInfo: {
            /** @description The key itself. */
            apikey?: string;
            /** @description Account the key belongs to. */
            user?: string;
            /** @description Free-text label given to the key. */
            label?: string;
            /** @description Key state, for example `active`. */
            status?: string;
            /** @description Method groups the key may use, for example `reports` or `honeypot`. */
            access?: string[];
            /** @description Query quota as a decimal string; `"0"` has been seen and presumably means no limit. */
            query_limit?: string;
            /** @description Number of queries made so far, as a decimal string. */
            query_count?: string;
        };
        /**
         * @description A single day (`YYYY-MM-DD`) or an inclusive range of days (`YYYY-MM-DD:YYYY-MM-DD`). Third-party clients also pass `now` as either bound. Relative forms such as `-3:now` have only been seen in one unofficial script and are not accepted by this pattern.
         * @example 2020-10-27
         * @example 2020-10-20:2020-10-26
         */
        DateOrRange: string;
        ReportTypesRequest: {
            date?: components["schemas"]["DateOrRange"];
            /**
             * @description When true, return one object per report type (with a link to its description page) instead of bare names.
             * @default false
             */
            detail?: boolean;
        };
        /** @description Verbose report type entry (`detail=true`). Only the `url` member is confirmed; other members are undocumented. */
        ReportTypeDetail: {
            /**
             * Format: uri
             * @description Page describing the report type.
             */
            url?: string;
        };
        ListReportsRequest: {
            date?: components["schemas"]["DateOrRange"];
            /** @description Subscribed report list names to restrict to (see `reports/subscribed`). */
            reports?: string[];
            /**
             * @deprecated
             * @description A single report type. Still sent by older official tools but marked deprecated in favour of `types`.
             */
            type?: string;
            /** @description Report types to restrict to, underscore form (for example `scan_smb`). */
            types?: string[];
            /** @description Maximum number of descriptors to return. */
            limit?: number;
        };
        /** @description One available report file. */
        ReportDescriptor: {
            /** @description Opaque identifier; pass it to `reports/download` or append it to `https://dl.shadowserver.org/`. */
            id: string;
            /** @description Report list the file belongs to, for example `united-states`. */
            report?: string;
            /** @description Report date, `YYYY-MM-DD`. */
            timestamp?: string;
            /** @description File name, `YYYY-MM-DD-<type>-<identifier>.csv`. */
            file?: string;
            /** @description Report type, for example `scan_smb`. */
            type?: string;
            /**
             * Format: uri
             * @description Download link (seen in a single client only).
             */
            url?: string;
        };
        DownloadReportRequest: {
            /** @description Report identifier taken from a `reports/list` descriptor. */
            id: string;
            /** @description Report list name the file belongs to. */
            report?: string;
            /** @description Maximum number of rows to return. */
            limit?: number;
        };
        /** @description One event row. Its members depend on the report type (see `reports/schema` or https://interchange.shadowserver.org/schema/reports.json); every report carries a UTC `timestamp`. */
        ReportEvent: {
            /** @description Event time in UTC, `YYYY-MM-DD HH:MM:SS`. */
            timestamp?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Ordering of `reports/query` results (values seen in third-party clients).
         * @enum {string}
         */
        SortOrder: "ascending" | "descending";
        QueryReportsRequest: {
            /** @description Field/value filters, for example `{"city": "ashburn"}`. At least one filter must correspond to the organisation's own report filters (such as `geo`, `asn`, `ip` or `city`); otherwise the server answers with a "No supported report filters found" error. */
            query: Record<string, unknown>;
            /** @description Report list name to search, for example `united-states`. */
            report?: string;
            date?: components["schemas"]["DateOrRange"];
            sort?: components["schemas"]["SortOrder"];
            /** @description Instead of events, return how many times each value of this field occurs, most frequent first (third-party documentation). */
            facet?: string;
            /** @description Maximum number of results (the service never returns more than 10,000 per query). */
            limit?: number;
            /**
             * @description 1-based page number; keep requesting pages until an empty array comes back.
             * @default 1
             */
            page?: number;
        };
        /** @description Either one string or a list of strings. */
        StringOrStringList: string | string[];
        ReportStatsRequest: {
            date?: components["schemas"]["DateOrRange"];
            report?: components["schemas"]["StringOrStringList"];
            type?: components["schemas"]["StringOrStringList"];
        };
        /** @description A table; the first row holds the column names and each following row one set of values. */
        ReportStatsTable: (string | number)[][];
        DeviceInfoRequest: {
            /** @description Selects the device. One client restricts the keys to `ip`, `asn` and `geo`; the value must fall inside the organisation's scope. */
            query: {
                /** @description IP address of the device. */
                ip?: string;
                /** @description Autonomous system number. */
                asn?: number;
                /** @description Two-letter country code. */
                geo?: string;
            };
        };
        /** @description Device details for the requested address. The shape is undocumented; an array of records is assumed, a single object is also accepted. */
        DeviceDetails: components["schemas"]["ReportEvent"][] | components["schemas"]["ReportEvent"];
        ReportSchemaRequest: {
            /** @description Report type whose schema is wanted, for example `scan_smb`. */
            type: string;
        };
        /** @description JSON Schema document describing the fields of one report type. */
        ReportJsonSchema: Record<string, unknown>;
        HoneypotCommonVulnerabilitiesRequest: {
            date: components["schemas"]["DateOrRange"];
            /** @description Maximum number of records. */
            limit?: number;
        };
        /**
         * @description Severity levels used by Shadowserver report types (official report_schema repository).
         * @enum {string}
         */
        ReportSeverity: "critical" | "high" | "medium" | "low" | "info";
        /** @description One vulnerability seen by the honeypot network. Member names other than `cisa_kev`, `iot`, `severity` and `product` are guesses. */
        HoneypotVulnerability: {
            /** @description Vulnerability identifier, typically a CVE (member name assumed). */
            vulnerability?: string;
            /** @description Affected product. */
            product?: string;
            severity?: components["schemas"]["ReportSeverity"];
            /** @description Whether the vulnerability is in CISA's Known Exploited Vulnerabilities catalogue. */
            cisa_kev?: boolean;
            /** @description Whether the affected product is an IoT device. */
            iot?: boolean;
        };
        /** @description Parameters are undocumented; `date` and `limit` are assumed to work as for `honeypot/common-vulnerabilities`. */
        HoneypotExploitedVulnerabilitiesRequest: {
            date?: components["schemas"]["DateOrRange"];
            /** @description Maximum number of records. */
            limit?: number;
        };
        ResearchMalwareInfoRequest: {
            /** @description One hash or a list of hashes (MD5, SHA-1, SHA-256 or SHA-512). */
            sample: components["schemas"]["StringOrStringList"];
        };
        /** @description One anti-virus engine's verdict. */
        AntiVirusResult: {
            /** @description Engine vendor. */
            vendor?: string;
            /** @description Detection name. */
            signature?: string;
            /** @description Sample MD5 (present in some answers). */
            md5?: string;
            /** @description When the verdict was recorded (present in some answers). */
            timestamp?: string;
        };
        /** @description Sample metadata from the malware repository. Every value is a string. */
        MalwareRecord: {
            /** @description Record time, `YYYY-MM-DD HH:MM:SS`. */
            timestamp?: string;
            /** @description First sighting, `YYYY-MM-DD HH:MM:SS`. */
            first_seen?: string;
            /** @description Latest sighting, `YYYY-MM-DD HH:MM:SS`. */
            last_seen?: string;
            /** @description Coarse file type. */
            type?: string;
            md5?: string;
            sha1?: string;
            sha256?: string;
            sha512?: string;
            /** @description PE structure hash (PE files only). */
            pehash?: string;
            /** @description TLSH fuzzy hash. */
            tlsh?: string;
            /** @description Import table hash (PE files only). */
            import_hash?: string;
            /** @description Entropy indicator. */
            entropic?: string;
            /** @description Size in bytes, as a decimal string. */
            filesize?: string;
            /** @description Verdict of the Adobe malware classifier. */
            adobe_malware_classifier?: string;
            /** @description libmagic description of the file. */
            magic?: string;
            anti_virus?: components["schemas"]["AntiVirusResult"][];
        };
        /** @description Malware record as returned by `research/malware-info`, optionally with related domains. */
        ResearchMalwareRecord: components["schemas"]["MalwareRecord"] & {
            domain_name?: {
                domain?: string;
                tag?: string[];
            }[];
        };
        ResearchMalwareDomainRequest: {
            /** @description Domain name to look up. */
            domain: string;
        };
        /** @description A sample associated with a domain. */
        MalwareDomainSample: {
            md5?: string;
            sha1?: string;
            sha256?: string;
            anti_virus?: components["schemas"]["AntiVirusResult"][];
        };
        /** @description Object keyed by the queried domain name. */
        MalwareDomainResult: {
            [key: string]: {
                /** @description Malware family name(s). */
                family?: components["schemas"]["StringOrStringList"];
                samples?: components["schemas"]["MalwareDomainSample"][];
            };
        };
        ResearchTrustedProgramRequest: {
            /** @description Hash of the program file. */
            sample: string;
        };
        /** @description Known-good software record. Every value is a string; flags are `"0"` or `"1"`. An empty result means the hash is not in the trusted set. */
        TrustedProgram: {
            filename?: string;
            dirname?: string;
            filesize?: string;
            filetimestamp?: string;
            fileversion?: string;
            description?: string;
            product_name?: string;
            product_version?: string;
            /** @description Manufacturer. */
            mfg_name?: string;
            application_type?: string;
            language?: string;
            /** @description Word size, for example `"32"`. */
            bit?: string;
            os_name?: string;
            os_version?: string;
            os_mfg?: string;
            crc32?: string;
            sha512?: string;
            binary?: string;
            trusted_signature?: string;
            signer?: string;
            /** @description Signing time, `MM/DD/YYYY HH:MM:SS`. */
            sig_timestamp?: string;
            sig_trustfile?: string;
            strongname_signed?: string;
            /** @description Where the record came from. */
            source?: string;
            source_version?: string;
            reference?: string;
        };
        /** @description Provide exactly one of the four members; they select the same modes as `GET /net/asn`. */
        ResearchAsnRequest: {
            /** @description IP address(es), comma-separated; returns the originating AS and prefix. */
            origin?: string;
            /** @description IP address(es), comma-separated; returns the BGP peers of the origin AS. */
            peer?: string;
            /** @description AS number; returns the prefixes it announces. */
            prefix?: string;
            /** @description AS number; returns registration details of the AS. */
            query?: string;
        };
        /** @description Origin of an address (`origin` mode). All values are strings. */
        AsnOrigin: {
            ip?: string;
            asn?: string;
            /** @description Routed prefix (CIDR) containing the address. */
            prefix?: string;
            asname_short?: string;
            asname_long?: string;
            /** @description Two-letter country code. */
            geo?: string;
        };
        /** @description BGP peers of an address's origin AS (`peer` mode). All values are strings. */
        AsnPeer: {
            ip?: string;
            asn?: string;
            prefix?: string;
            /** @description Space-separated list of peer AS numbers. */
            peer: string;
            asname_short?: string;
            asname_long?: string;
            geo?: string;
        };
        /** @description Registration details of an AS (`query` mode). All values are strings. */
        AsnInfo: {
            asn?: string;
            asname_short?: string;
            asname_long?: string;
            /** @description Registration date, `YYYYMMDD`. */
            date?: string;
            /** @description Registry, for example `RIPENCC` or `ARIN`. */
            nic?: string;
            geo?: string;
        };
        /** @description Shape depends on the mode: `origin` → array of AsnOrigin, `peer` → array of AsnPeer, `prefix` → array of CIDR strings, `query` → a single AsnInfo object. */
        AsnLookupResult: components["schemas"]["AsnOrigin"][] | components["schemas"]["AsnPeer"][] | string[] | components["schemas"]["AsnInfo"];
        ScanSslRequest: {
            /** @description Field/value filters, for example `{"ip": "198.51.100.10"}`. */
            query?: Record<string, unknown>;
            date?: components["schemas"]["DateOrRange"];
            /**
             * @description 1-based page number; pages hold up to 1000 records.
             * @default 1
             */
            page?: number;
            /**
             * @description Maximum number of records.
             * @default 1000
             */
            limit?: number;
        };
        /** @description One TLS/SSL scan result. Members follow the `scan_ssl` report type; only the ones below are described here. */
        SslScanRecord: {
            /** @description Scan time in UTC, `YYYY-MM-DD HH:MM:SS`. */
            timestamp?: string;
            /** @description Scanned address. */
            ip?: string;
            /** @description Scanned port. */
            port?: number;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The call failed. The keyed API usually answers with a JSON object holding an `error` message; some failures (for example "No supported report filters found") come back as plain text. No catalogue of messages or status codes is published: 401 is used for a bad key or signature, other non-200 statuses signal other failures. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/plain": string;
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyRequest"];
            };
        };
        responses: {
            /** @description Server time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PingResponse"];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    getKeyInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyRequest"];
            };
        };
        responses: {
            /** @description One-element list with the key's details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyInfo"][];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    listSubscribedReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyRequest"];
            };
        };
        responses: {
            /** @description Report list names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    listReportTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportTypesRequest"];
            };
        };
        responses: {
            /** @description Report type names, or detailed entries when `detail` is true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (string | components["schemas"]["ReportTypeDetail"])[];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    listReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListReportsRequest"];
            };
        };
        responses: {
            /** @description Report descriptors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDescriptor"][];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    downloadReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DownloadReportRequest"];
            };
        };
        responses: {
            /** @description Report rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportEvent"][];
                    "text/csv": string;
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    queryReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryReportsRequest"];
            };
        };
        responses: {
            /** @description Matching events (or facet counts when `facet` is set). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportEvent"][];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    getReportStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportStatsRequest"];
            };
        };
        responses: {
            /** @description Statistics table. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportStatsTable"];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    getDeviceInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceInfoRequest"];
            };
        };
        responses: {
            /** @description Device details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceDetails"];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    getReportSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportSchemaRequest"];
            };
        };
        responses: {
            /** @description JSON Schema of the report type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportJsonSchema"];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    listHoneypotCommonVulnerabilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoneypotCommonVulnerabilitiesRequest"];
            };
        };
        responses: {
            /** @description Vulnerability records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoneypotVulnerability"][];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    listHoneypotExploitedVulnerabilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoneypotExploitedVulnerabilitiesRequest"];
            };
        };
        responses: {
            /** @description Vulnerability records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoneypotVulnerability"][];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    getResearchMalwareInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResearchMalwareInfoRequest"];
            };
        };
        responses: {
            /** @description Malware records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResearchMalwareRecord"][];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    getResearchMalwareDomain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResearchMalwareDomainRequest"];
            };
        };
        responses: {
            /** @description Families and samples by domain. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MalwareDomainResult"];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    getResearchTrustedProgram: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResearchTrustedProgramRequest"];
            };
        };
        responses: {
            /** @description Trusted program record (empty when the hash is unknown). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustedProgram"];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    getResearchAsn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResearchAsnRequest"];
            };
        };
        responses: {
            /** @description Lookup result; shape depends on the mode. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsnLookupResult"];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    queryScanSsl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScanSslRequest"];
            };
        };
        responses: {
            /** @description Scan records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SslScanRecord"][];
                };
            };
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    lookupAsn: {
        parameters: {
            query?: {
                /**
                 * @description One IP address or a comma-separated list.
                 * @example 8.8.8.8
                 */
                origin?: string;
                /**
                 * @description One IP address or a comma-separated list.
                 * @example 8.8.8.8
                 */
                peer?: string;
                /**
                 * @description AS number (digits only).
                 * @example 15169
                 */
                prefix?: string;
                /**
                 * @description AS number (digits only).
                 * @example 15169
                 */
                query?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lookup result; shape depends on the parameter used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsnLookupResult"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    lookupMalware: {
        parameters: {
            query: {
                /**
                 * @description One hash or a comma-separated list of hashes.
                 * @example 44d88612fea8a8f36de82e1278abb02f
                 */
                sample: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malware records (one per known sample). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MalwareRecord"][];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    lookupTrustedProgram: {
        parameters: {
            query: {
                /**
                 * @description Hash of the program file.
                 * @example 7fe2248de77813ce850053ed0ce8a474
                 */
                sample: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trusted program record (empty when the hash is unknown). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustedProgram"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    downloadReportFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Opaque report identifier from `reports/list`.
                 * @example N2Q5YzFmYjQtYzFhNy00ZTJhLWI1NzMtMmI5ZDBmZjFhZTcw
                 */
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            404: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
}
