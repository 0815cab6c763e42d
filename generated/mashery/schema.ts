// Generated from specs/mashery by scripts/pipeline/types.ts. Do not edit.

export interface paths {
    "/rest/{site_id}/reports/calls/developer_activity/service/{service_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        /**
         * Per-developer call activity for a service
         * @description **Resource:** `CallsDeveloperActivityForService`. For one service, summarises each developer key's calls over the window (successful, blocked and other calls), ordered by the number of successful calls, highest first.
         */
        get: operations["getCallsDeveloperActivityForService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/errorcodes/service/{service_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        /**
         * Error codes returned by a service
         * @description **Resource:** `CallsErrorcodesForService`. For one service, breaks down the error responses of the window by error code. The metric columns of the rows are not documented.
         */
        get: operations["getCallsErrorcodesForService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/errorcodes/service/{service_key}/developer/{service_dev_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
                /**
                 * @description Developer key (apikey) of the developer to narrow the report to.
                 * @example bq6nz4tw8kxm3ajd9rcv2sep
                 */
                service_dev_key: components["parameters"]["ServiceDevKey"];
            };
            cookie?: never;
        };
        /**
         * Error codes seen by one developer on a service
         * @description **Resource:** `CallsErrorcodesForServiceForDeveloper`. Same breakdown by error code as the service-wide report, restricted to the calls of one developer key. The metric columns of the rows are not documented.
         */
        get: operations["getCallsErrorcodesForServiceForDeveloper"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/errorcount_by_developer/service/{service_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        /**
         * Error counts per developer for a service
         * @description **Resource:** `CallsErrorcountByDeveloperForService`. For one service, counts the failed calls of the window per developer key. The metric columns of the rows are not documented.
         */
        get: operations["getCallsErrorcountByDeveloperForService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/errorcount_by_method/service/{service_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        /**
         * Error counts per method for a service
         * @description **Resource:** `CallsErrorcountByMethodForService`. For one service, counts the failed calls of the window per API method. The metric columns of the rows are not documented.
         */
        get: operations["getCallsErrorcountByMethodForService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/geolocation/service/{service_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        /**
         * Call origins for a service
         * @description **Resource:** `CallsGeolocationForService`. For one service, distributes the calls of the window by the geographic location of the caller. The metric columns of the rows are not documented.
         */
        get: operations["getCallsGeolocationForService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/geolocation/service/{service_key}/developer/{service_dev_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
                /**
                 * @description Developer key (apikey) of the developer to narrow the report to.
                 * @example bq6nz4tw8kxm3ajd9rcv2sep
                 */
                service_dev_key: components["parameters"]["ServiceDevKey"];
            };
            cookie?: never;
        };
        /**
         * Call origins of one developer on a service
         * @description **Resource:** `CallsGeolocationForServiceForDeveloper`. Geographic distribution of the calls of one developer key to one service. The metric columns of the rows are not documented.
         */
        get: operations["getCallsGeolocationForServiceForDeveloper"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/latency/service/{service_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        /**
         * Latency of a service
         * @description **Resource:** `CallsLatencyForService`. For one service, reports response times over the window, split between time spent in the Mashery proxy and time spent in the customer's backend. The metric columns of the rows are not documented.
         */
        get: operations["getCallsLatencyForService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/latency_by_method/service/{service_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        /**
         * Latency per method for a service
         * @description **Resource:** `CallsLatencyByMethodForService`. For one service, reports response times over the window per API method. The metric columns of the rows are not documented.
         */
        get: operations["getCallsLatencyByMethodForService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/latency_by_responsecode/service/{service_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        /**
         * Latency per response code for a service
         * @description **Resource:** `CallsLatencyByResponsecodeForService`. For one service, reports response times over the window per HTTP response code. `errorcode_limit` is accepted according to a client SDK. The metric columns of the rows are not documented.
         */
        get: operations["getCallsLatencyByResponsecodeForService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/median_volume_by_hour/service/{service_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        /**
         * Median hourly call volume for a service
         * @description **Resource:** `CallsMedianVolumeByHourForService`. For one service, gives the median number of calls for each hour of a 24-hour day, computed over the window. This is the resource used in the official signature example. The metric columns of the rows are not documented.
         */
        get: operations["getCallsMedianVolumeByHourForService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/methods/service/{service_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        /**
         * Call counts per method for a service
         * @description **Resource:** `CallsMethodsForService`. For one service, counts the calls of the window per API method. The columns are probably the same as in the per-developer variant (`apiMethod`, `methodCount`), but that is not confirmed. The metric columns of the rows are not documented.
         */
        get: operations["getCallsMethodsForService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/methods/service/{service_key}/developer/{service_dev_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
                /**
                 * @description Developer key (apikey) of the developer to narrow the report to.
                 * @example bq6nz4tw8kxm3ajd9rcv2sep
                 */
                service_dev_key: components["parameters"]["ServiceDevKey"];
            };
            cookie?: never;
        };
        /**
         * Call counts per method for one developer on a service
         * @description **Resource:** `CallsMethodsForServiceForDeveloper`. Counts the calls of one developer key to each API method of one service over the window.
         */
        get: operations["getCallsMethodsForServiceForDeveloper"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/responses_from_cache/service/{service_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        /**
         * Cached responses for a service
         * @description **Resource:** `CallsResponsesFromCacheForService`. For one service, gives the share of successful responses of the window that the Mashery cache answered. The metric columns of the rows are not documented.
         */
        get: operations["getCallsResponsesFromCacheForService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/status/service/{service_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        /**
         * Call outcomes for a service
         * @description **Resource:** `CallsStatusForService`. For one service, counts the calls of the window by outcome (successful, blocked, other). The exact columns are not documented. The metric columns of the rows are not documented.
         */
        get: operations["getCallsStatusForService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/status/service/{service_key}/developer/{service_dev_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
                /**
                 * @description Developer key (apikey) of the developer to narrow the report to.
                 * @example bq6nz4tw8kxm3ajd9rcv2sep
                 */
                service_dev_key: components["parameters"]["ServiceDevKey"];
            };
            cookie?: never;
        };
        /**
         * Call outcomes for one developer on a service
         * @description **Resource:** `CallsStatusForServiceForDeveloper`. Counts the calls of one developer key to one service by outcome. The columns are known from client code that reads them.
         */
        get: operations["getCallsStatusForServiceForDeveloper"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/area/cache-hit-rate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * Cache hit rate of the area
         * @description **Resource:** `AreaCacheHitRate`. Across the whole area, the share of calls answered from the Mashery cache relative to all calls in the window.
         *
         *     The newer documentation marks `start_date` and `end_date` as required for this area resource; they must be at most 7 days apart.
         */
        get: operations["getAreaCacheHitRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/area/count/applications-created": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * Applications created in the area
         * @description **Resource:** `AreaCountApplicationsCreated`. Number of applications registered in the area during the window. The name of the count column is not documented.
         *
         *     The newer documentation marks `start_date` and `end_date` as required for this area resource; they must be at most 7 days apart. The metric columns of the rows are not documented.
         */
        get: operations["getAreaCountApplicationsCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/area/count/keys-distributed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * Keys issued in the area
         * @description **Resource:** `AreaCountKeysDistributed`. Number of keys handed out in the area during the window.
         *
         *     **Inferred path.** The resource name is documented but its path is not visible in any source; it is derived from the `count/applications-created` pattern of its sibling.
         *
         *     The newer documentation marks `start_date` and `end_date` as required for this area resource; they must be at most 7 days apart. The metric columns of the rows are not documented.
         */
        get: operations["getAreaCountKeysDistributed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/area/count/members-registered": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * Members registered in the area
         * @description **Resource:** `AreaCountMembersRegistered`. Number of members who registered in the area during the window.
         *
         *     **Inferred path.** The resource name is documented but its path is not visible in any source; it is derived from the `count/applications-created` pattern of its sibling.
         *
         *     The newer documentation marks `start_date` and `end_date` as required for this area resource; they must be at most 7 days apart. The metric columns of the rows are not documented.
         */
        get: operations["getAreaCountMembersRegistered"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/area/data-served": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * Data volume served by the area
         * @description **Resource:** `AreaDataServed`. Volume of data served through the area during the window.
         *
         *     **Inferred path.** The resource name is documented but its path is cut off in every source; `data-served` is a guess that follows the naming of its siblings and may need correcting.
         *
         *     The newer documentation marks `start_date` and `end_date` as required for this area resource; they must be at most 7 days apart. The metric columns of the rows are not documented.
         */
        get: operations["getAreaDataServed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/area/qpsrate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * Queries-per-second rate of the area
         * @description **Resource:** `AreaQpsRate`. Calls-per-second figures for the whole area.
         *
         *     Only the name and path of this resource are documented. Its parameters and columns are unknown; the common date window and `format` parameters are listed by assumption and each row is passed through as-is. The metric columns of the rows are not documented.
         */
        get: operations["getAreaQpsRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/area/platformlatency/percentile-ninety-five": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * 95th-percentile platform latency of the area
         * @description **Resource:** `AreaPlatformLatencyPercentileNinetyFive`. The 95th percentile of the latency added by the Mashery platform across the area.
         *
         *     Only the name and path of this resource are documented. Its parameters and columns are unknown; the common date window and `format` parameters are listed by assumption and each row is passed through as-is. The metric columns of the rows are not documented.
         */
        get: operations["getAreaPlatformLatencyPercentileNinetyFive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/qps/area": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * Calls per second across the area
         * @description **Resource:** `CallsQPSForArea`. Queries-per-second series for the whole area.
         *
         *     Only the name and path of this resource are documented. Its parameters and columns are unknown; the common date window and `format` parameters are listed by assumption and each row is passed through as-is. The metric columns of the rows are not documented.
         */
        get: operations["getCallsQpsForArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/qps/developer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * Calls per second by developer
         * @description **Resource:** `CallsQPSForDeveloper`. Queries-per-second figures broken down by developer. How a developer is selected is not documented.
         *
         *     Only the name and path of this resource are documented. Its parameters and columns are unknown; the common date window and `format` parameters are listed by assumption and each row is passed through as-is. The metric columns of the rows are not documented.
         */
        get: operations["getCallsQpsForDeveloper"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/qps/endpoint": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * Calls per second by endpoint
         * @description **Resource:** `CallsQPSForEndpoint`. Queries-per-second figures broken down by endpoint. How an endpoint is selected is not documented.
         *
         *     Only the name and path of this resource are documented. Its parameters and columns are unknown; the common date window and `format` parameters are listed by assumption and each row is passed through as-is. The metric columns of the rows are not documented.
         */
        get: operations["getCallsQpsForEndpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/calls/counts/change_over_time": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * Change of call counts over time
         * @description **Resource:** `CallsCountsChangeOverTime`. How call counts in the area change from one period to the next.
         *
         *     Only the name and path of this resource are documented. Its parameters and columns are unknown; the common date window and `format` parameters are listed by assumption and each row is passed through as-is. The metric columns of the rows are not documented.
         */
        get: operations["getCallsCountsChangeOverTime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/keys/usage/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * Consistency of key usage
         * @description **Resource:** `KeysUsageConsistency`. How steadily keys in the area are used over time.
         *
         *     Only the name and path of this resource are documented. Its parameters and columns are unknown; the common date window and `format` parameters are listed by assumption and each row is passed through as-is. The metric columns of the rows are not documented.
         */
        get: operations["getKeysUsageConsistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/{site_id}/reports/percentage/communication/availability": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /**
         * Communication availability percentage
         * @description **Resource:** `PercentageCommunicationAvailablity`. Percentage of time communication through the platform was available. (The provider spells the resource name "Availablity".)
         *
         *     Only the name and path of this resource are documented. Its parameters and columns are unknown; the common date window and `format` parameters are listed by assumption and each row is passed through as-is. The metric columns of the rows are not documented.
         */
        get: operations["getPercentageCommunicationAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/json-rpc/{site_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a Mashery V2 JSON-RPC method
         * @description Single endpoint for every administration method (members, keys, applications, packages, plans, services, roles and the rest). The method name travels in the body and `params` is always a positional array. `RpcMethods` lists every method with its params and result; `JsonRpcRequest` is the matching request union.
         *
         *     Not idempotent in general: create, update, delete and role changes have side effects, so failed calls must not be retried blindly.
         */
        post: operations["callJsonRpc"];
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
         * Format: date-time
         * @description UTC instant written as `YYYY-MM-DDThh:mm:ssZ` (always 20 characters, no fractional seconds).
         * @example 2015-11-02T09:13:47Z
         */
        MasheryTimestamp: string;
        /** @description One effective limit on a key or package key, as reported in the read-only `limits` arrays. */
        Limit: {
            /** @description Window the ceiling applies to. Observed: `second` and `day`; `minute`, `hour` and `month` are also rate-limit periods. */
            period?: string;
            /** @description Which configuration level the limit comes from. Observed: `service`; other values are not documented. */
            source?: string;
            /** @description Maximum number of calls in the window. */
            ceiling?: number | null;
        };
        /** @description Alternative identifier form for a member: an object carrying just the username. */
        UsernameReference: {
            /** @description Username of the member. */
            username: string;
        };
        /** @description Alternative identifier form for objects keyed by a numeric id: an object carrying just the id. */
        IdReference: {
            /** @description Numeric primary identifier. */
            id: number;
        };
        /** @description Alternative identifier form for a service: an object carrying just the service key. */
        ServiceKeyReference: {
            /** @description Service key (the "Mashery API ID" of the service). */
            service_key: string;
        };
        /** @description A registered developer (member) of the area. Primary identifier: `username`, which can be set on create but never changed afterwards. Relation fields (`applications`, `keys`, `package_keys`, `roles`) are only filled when requested in an `object.query` field list. */
        Member: {
            /** @description Type tag filled in by Mashery; always `member` for this object. */
            readonly object_type?: string;
            /** @description Primary identifier. Create-only: it is chosen when the member is created and cannot be changed later (update calls use it only to find the member). A deleted member's username stays taken. */
            username?: string;
            /** @description Email address. */
            email?: string;
            /** @description Name shown on the portal. */
            display_name?: string;
            /** @description Personal or company web address. */
            uri?: string;
            /** @description Blog address. */
            blog?: string;
            /** @description Instant-messaging handle. */
            im?: string;
            /** @description Instant-messaging service the handle belongs to. */
            imsvc?: string;
            /** @description Phone number. */
            phone?: string;
            /** @description Company name. */
            company?: string;
            /** @description First address line. */
            address1?: string;
            /** @description Second address line. */
            address2?: string;
            /** @description City or locality. */
            locality?: string;
            /** @description State, province or region. */
            region?: string;
            /** @description Postal code. */
            postal_code?: string;
            /** @description Country code. */
            country_code?: string;
            /** @description Given name. */
            first_name?: string;
            /** @description Family name. */
            last_name?: string;
            /** @description IP address the member registered from. */
            registration_ipaddr?: string;
            /** @description Membership state in the area; `active` is the value seen in examples. */
            area_status?: string;
            /** @description Identifier of the member in an external system. */
            external_id?: string | null;
            /** @description New password. Accepted on create and update, never returned. */
            passwd_new?: string;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Applications owned by the member (relation). */
            applications?: components["schemas"]["Application"][];
            /** @description Keys issued to the member (relation). */
            keys?: components["schemas"]["Key"][];
            /** @description Package keys held by the member (relation). */
            package_keys?: components["schemas"]["PackageKey"][];
            /** @description Roles assigned to the member (relation). */
            roles?: components["schemas"]["Role"][];
        };
        /** @description A developer key for one service (classic, non-packaged keys). Primary identifier: `id`. A minimal create needs `service` (as `{"service_key": ...}`) and `member` (as `{"username": ...}`); `apikey` is generated when omitted. */
        Key: {
            /** @description Type tag filled in by Mashery; always `key` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the key, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the key was last changed (set by Mashery; not usable in queries). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Key of the service this key belongs to. */
            readonly service_key?: string;
            /** @description The key string developers send to the API. */
            apikey?: string;
            /** @description Username of the owning member. */
            readonly username?: string;
            /** @description Lifecycle state of the key. Seen values are `waiting` (pending moderation), `active` and `disabled`; the full list is not documented. The default on create depends on moderation settings. */
            status?: string;
            /** @description Maximum number of calls allowed in one rate-limit period; null when not set at this level. */
            rate_limit_ceiling?: number | null;
            /** @description Maximum number of calls allowed per second; null when not set at this level. */
            qps_limit_ceiling?: number | null;
            /** @description When true, calls are not counted against the rate limit. */
            rate_limit_exempt?: boolean;
            /** @description When true, the per-second (QPS) limit does not apply. */
            qps_limit_exempt?: boolean;
            /** @description Referer value calls must carry, when set. */
            required_referer?: string | null;
            /** @description Shared secret paired with the key, when the service uses one. */
            secret?: string | null;
            /** @description Effective limits currently applied, as computed by Mashery. */
            readonly limits?: components["schemas"]["Limit"][];
            /** @description Group identifier (seen only in client code). */
            group_id?: number | null;
            /** @description Owning member (relation; on create pass `{"username": ...}`). */
            member?: components["schemas"]["Member"] | null;
            /** @description Application the key is attached to (relation). */
            application?: components["schemas"]["Application"] | null;
            /** @description Service the key grants access to (relation; on create pass `{"service_key": ...}`). */
            service?: components["schemas"]["Service"] | null;
            /** @description Developer class of the key (relation). */
            developer_class?: components["schemas"]["DeveloperClass"] | null;
        };
        /** @description An application registered by a member. Primary identifier: `id`. Creating one needs `member` (as `{"username": ...}`); set `is_packaged` to true for applications that hold package keys. Areas can define extra custom fields, so additional properties may appear. */
        Application: {
            /** @description Type tag filled in by Mashery; always `application` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the application, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description Globally unique identifier, announced as the future primary identifier for V3. */
            readonly uuid?: string;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Username of the owning member. */
            username?: string;
            /** @description Application name. */
            name?: string;
            /** @description Free-text description. */
            description?: string;
            /** @description Application type. */
            type?: string;
            /** @description Application web address. */
            uri?: string;
            /** @description Application state. */
            status?: string;
            /** @description Tags. */
            tags?: string;
            /** @description Internal notes. */
            notes?: string;
            /** @description Registration survey answer. */
            how_did_you_hear?: string;
            /** @description Preferred protocol. */
            preferred_protocol?: string;
            /** @description Preferred output format. */
            preferred_output?: string;
            /** @description Identifier in an external system. */
            external_id?: string | null;
            /** @description Usage model. */
            usage_model?: string;
            /** @description Whether the application is commercial. */
            commercial?: boolean;
            /** @description Whether the application shows advertising. */
            ads?: boolean;
            /** @description Advertising system used. */
            ads_system?: string;
            /** @description Developer group handle. */
            developer_group_handle?: string | null;
            /** @description Group identifier. */
            group_id?: number | null;
            /** @description True for applications whose access is granted through package keys. */
            is_packaged?: boolean;
            /** @description Owning member (relation). */
            member?: components["schemas"]["Member"] | null;
            /** @description Classic keys of the application (relation). */
            keys?: components["schemas"]["Key"][];
            /** @description Package keys of the application (relation). */
            package_keys?: components["schemas"]["PackageKey"][];
            /** @description Packages the application subscribes to (relation). */
            packages?: components["schemas"]["Package"][];
            /** @description Plans the application subscribes to (relation). */
            plans?: components["schemas"]["Plan"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A key issued under an API package and plan. Primary identifier: `id`. Create with `application`, `package` and `plan`, each given as `{"id": n}`. */
        PackageKey: {
            /** @description Type tag filled in by Mashery; always `package_key` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the package key, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description Globally unique identifier. */
            uuid?: string;
            /** @description The key string developers send to the API. */
            apikey?: string;
            /** @description Shared secret paired with the key. */
            secret?: string | null;
            /** @description Maximum number of calls allowed in one rate-limit period; null when not set at this level. */
            rate_limit_ceiling?: number | null;
            /** @description When true, calls are not counted against the rate limit. */
            rate_limit_exempt?: boolean;
            /** @description Maximum number of calls allowed per second; null when not set at this level. */
            qps_limit_ceiling?: number | null;
            /** @description When true, the per-second (QPS) limit does not apply. */
            qps_limit_exempt?: boolean;
            /** @description Lifecycle state of the package key. Seen values are `waiting` (pending moderation), `active` and `disabled`; the full list is not documented. The default on create depends on moderation settings. */
            status?: string;
            /** @description Effective limits currently applied, as computed by Mashery. */
            readonly limits?: components["schemas"]["Limit"][];
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Package of the key (relation). */
            package?: components["schemas"]["Package"] | null;
            /** @description Plan of the key (relation). */
            plan?: components["schemas"]["Plan"] | null;
            /** @description Application holding the key (relation). */
            application?: components["schemas"]["Application"] | null;
            /** @description Member holding the key (relation). */
            member?: components["schemas"]["Member"] | null;
            /** @description Per-method limit overrides (relation). */
            method_overrides?: components["schemas"]["MethodOverride"][];
            /** @description Underlying classic keys (relation). */
            keys?: components["schemas"]["Key"][];
        };
        /** @description An API package bundling plans (API Packager). Primary identifier: `id`. */
        Package: {
            /** @description Type tag filled in by Mashery; always `package` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the package, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Package name. */
            name?: string;
            /** @description Free-text description. */
            description?: string;
            /** @description What limits are counted against; `application` is the value seen in examples. */
            limit_type?: string;
            /** @description Period used for developer quota notifications (e.g. `day`). */
            notify_developer_period?: string;
            /** @description Notify developers when close to their quota. */
            notify_developer_near_quota?: boolean;
            /** @description Notify developers when over quota. */
            notify_developer_over_quota?: boolean;
            /** @description Notify developers when over the per-second throttle. */
            notify_developer_over_throttle?: boolean;
            /** @description Period used for administrator notifications. */
            notify_admin_period?: string;
            /** @description Notify administrators when a key is close to its quota. */
            notify_admin_near_quota?: boolean;
            /** @description Notify administrators when a key is over quota. */
            notify_admin_over_quota?: boolean;
            /** @description Notify administrators when a key is over the throttle. */
            notify_admin_over_throttle?: boolean;
            /** @description Addresses that receive administrator notifications. */
            notify_admin_emails?: string | null;
            /** @description Percentage of the quota at which "near quota" notices are sent (e.g. 50). */
            near_quota_threshold?: number | null;
            /** @description Length of generated keys (e.g. 24). */
            key_length?: number;
            /** @description Length of generated shared secrets (0 when unused). */
            shared_secret_length?: number;
            /** @description Key adapter in use. */
            key_adapter?: string | null;
            /** @description Whether keys in this package get a shared secret. */
            is_using_shared_secret?: boolean;
            /** @description Plans of the package (relation). */
            plans?: components["schemas"]["Plan"][];
        };
        /** @description A plan inside a package, defining limits and access. Primary identifier: `id`. Create needs `package` as `{"id": n}`. */
        Plan: {
            /** @description Type tag filled in by Mashery; always `plan` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the plan, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Plan name. */
            name?: string;
            /** @description Free-text description. */
            description?: string;
            /** @description Internal notes. */
            notes?: string | null;
            /** @description Whether developers can see and request the plan. */
            is_public?: boolean;
            /** @description Whether key requests need approval. */
            is_moderated?: boolean;
            /** @description Plan state. */
            status?: string;
            /** @description Ordering priority. */
            priority?: number | null;
            /** @description Maximum number of calls allowed in one rate-limit period; null when not set at this level. */
            rate_limit_ceiling?: number | null;
            /** @description Length of the rate-limit window. Seen values: `minute`, `hour`, `day`, `month`. */
            rate_limit_period?: string;
            /** @description When true, calls are not counted against the rate limit. */
            rate_limit_exempt?: boolean;
            /** @description Whether keys may override the rate limit. */
            rate_limit_key_override_allowed?: boolean;
            /** @description Whether orders may override the rate limit. */
            rate_limit_order_override_allowed?: boolean;
            /** @description Whether package keys may override the rate limit. */
            rate_limit_package_key_override_allowed?: boolean;
            /** @description Maximum number of calls allowed per second; null when not set at this level. */
            qps_limit_ceiling?: number | null;
            /** @description When true, the per-second (QPS) limit does not apply. */
            qps_limit_exempt?: boolean;
            /** @description Whether keys may override the QPS limit. */
            qps_limit_key_override_allowed?: boolean;
            /** @description Whether package keys may override the QPS limit. */
            qps_limit_package_key_override_allowed?: boolean;
            /** @description Maximum number of package keys per application. */
            package_key_max?: number | null;
            /** @description Number of keys after which requests need moderation. */
            package_key_moderation_threshold?: number | null;
            /** @description Maximum number of orders (used in the create example). */
            order_max?: number | null;
            /** @description Order count after which moderation applies (used in the create example). */
            order_moderation_threshold?: number | null;
            /** @description Whether response filters may be overridden. */
            response_filter_override_allowed?: boolean;
            /** @description Filter setting used in the documented create example; its shape is not documented. */
            plan_filter?: unknown;
            /** @description Effective limits currently applied, as computed by Mashery. */
            readonly limits?: components["schemas"]["Limit"][];
            /** @description Package the plan belongs to (relation). */
            package?: components["schemas"]["Package"] | null;
            /** @description Email templates used for this plan (relation). */
            email_template_set?: components["schemas"]["EmailTemplateSet"] | null;
            /** @description Services included in the plan (relation). */
            plan_services?: components["schemas"]["PlanService"][];
            /** @description Endpoints included in the plan (relation). */
            plan_endpoints?: components["schemas"]["PlanEndpoint"][];
            /** @description Methods included in the plan (relation). */
            plan_methods?: components["schemas"]["PlanMethod"][];
            /** @description Response filters of the plan (relation). */
            plan_filters?: components["schemas"]["PlanFilter"][];
            /** @description Keys issued under the plan (relation). */
            keys?: components["schemas"]["Key"][];
        };
        /** @description An API (service) proxied by Mashery. Primary identifier: `service_key` (a string). Only `created`, `updated`, `name` and `object_type` are in the official field table; the remaining fields come from client code. There is no `keys` relation: query keys with `REQUIRE RELATED` instead. */
        Service: {
            /** @description Type tag filled in by Mashery; always `service` for this object. */
            readonly object_type?: string;
            /** @description Numeric id (seen in client code; the documented identifier is `service_key`). */
            id?: number;
            /** @description Primary identifier of the service. */
            service_key?: string;
            /** @description Service name. */
            name?: string;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description User who last edited the configuration. */
            editor_username?: string | null;
            /** @description Configuration revision number. */
            revision_number?: number | null;
            /** @description Configuration revision label. */
            revision_label?: string | null;
            /** @description Proxy configuration (shape not documented). */
            config?: unknown;
            /** @description Comment on the configuration revision. */
            config_comment?: string | null;
            /** @description Cache configuration (shape not documented). */
            cache_config?: unknown;
            /** @description Whether the service is active. */
            is_active?: boolean;
            /** @description Client flag (meaning not documented). */
            is_client?: boolean;
            /** @description Whether developers can register keys themselves. */
            is_self_serve_allowed?: boolean;
            /** @description Whether the service appears in the dashboard. */
            is_dashboard_serve_allowed?: boolean;
            /** @description Whether keys get a shared secret. */
            is_using_shared_secret?: boolean;
            /** @description Length of generated shared secrets. */
            shared_secret_length?: number | null;
            /** @description Length of generated keys. */
            key_length?: number | null;
            /** @description Whether rate limiting is on. */
            is_rate_limiting_enabled?: boolean;
            /** @description Maximum number of calls allowed in one rate-limit period; null when not set at this level. */
            rate_limit_ceiling?: number | null;
            /** @description Length of the rate-limit window. Seen values: `minute`, `hour`, `day`, `month`. */
            rate_limit_period?: string;
            /** @description Whether keys may override the rate limit. */
            rate_limit_override_allowed?: boolean;
            /** @description Whether QPS limiting is on. */
            is_qps_limiting_enabled?: boolean;
            /** @description Maximum number of calls allowed per second; null when not set at this level. */
            qps_limit_ceiling?: number | null;
            /** @description Whether keys may override the QPS limit. */
            qps_limit_override_allowed?: boolean;
            /** @description Display position. */
            pos?: number | null;
            /** @description Effective limits currently applied, as computed by Mashery. */
            readonly limits?: components["schemas"]["Limit"][];
        };
        /** @description A portal role that can be granted to members. Primary identifier: `id`. Dynamic roles (such as Member or Anonymous) cannot be assigned. */
        Role: {
            /** @description Type tag filled in by Mashery; always `role` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the role, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Role name (the only field needed to create one). */
            name?: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description Whether the role can be given to members. */
            is_assignable?: boolean;
            /** @description Whether the role is built into Mashery. */
            is_predefined?: boolean;
        };
        /** @description A class of developers with shared limit rules. Primary identifier: `id`. */
        DeveloperClass: {
            /** @description Type tag filled in by Mashery; always `developer_class` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the developer class, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Class name. */
            name?: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description Whether members of the class may have rate-limit overrides. */
            rate_limit_override_allowed?: boolean;
            /** @description Whether members of the class may have QPS overrides. */
            qps_limit_override_allowed?: boolean;
            /** @description When true, calls by keys in this class are blocked. */
            block_calls?: boolean;
            /** @description Per-service settings of the class (relation). */
            service_classes?: components["schemas"]["ServiceClass"][];
            /** @description Keys in the class (relation). */
            keys?: components["schemas"]["Key"][];
        };
        /** @description Limits of one developer class on one service. Primary identifier: `id`. Cannot be created or deleted through this API. */
        ServiceClass: {
            /** @description Type tag filled in by Mashery; always `service_class` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the service class, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Maximum number of calls allowed in one rate-limit period; null when not set at this level. */
            rate_limit_ceiling?: number | null;
            /** @description When true, calls are not counted against the rate limit. */
            rate_limit_exempt?: boolean;
            /** @description Maximum number of calls allowed per second; null when not set at this level. */
            qps_limit_ceiling?: number | null;
            /** @description When true, the per-second (QPS) limit does not apply. */
            qps_limit_exempt?: boolean;
            /** @description Effective limits currently applied, as computed by Mashery. */
            readonly limits?: components["schemas"]["Limit"][];
            /** @description Developer class (relation). */
            developer_class?: components["schemas"]["DeveloperClass"] | null;
            /** @description Service (relation). */
            service?: components["schemas"]["Service"] | null;
        };
        /** @description A portal access rule (known from client code only). Primary identifier: `id`. */
        AccessRule: {
            /** @description Type tag filled in by Mashery; always `access_rule` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the access rule, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Evaluation order. */
            pos?: number | null;
            /** @description Action the rule governs. */
            action?: string;
            /** @description Object the rule applies to. */
            object?: string;
            /** @description Content the rule applies to. */
            content?: string | null;
            /** @description Whether the rule grants (true) or denies access. */
            allow?: boolean;
            /** @description Role the rule is attached to (relation). */
            role?: components["schemas"]["Role"] | null;
        };
        /** @description A notification email template (known from client code only). Primary identifier: `id`. */
        EmailTemplate: {
            /** @description Type tag filled in by Mashery; always `email_template` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the email template, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Sender address. */
            from?: string;
            /** @description Subject line. */
            subject?: string;
            /** @description Message body. */
            body?: string;
            /** @description Which notification the template is for. */
            type?: string;
        };
        /** @description A named group of email templates (known from client code only). Primary identifier: `id`. */
        EmailTemplateSet: {
            /** @description Type tag filled in by Mashery; always `email_template_set` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the email template set, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Set name. */
            name?: string;
            /** @description Set type. */
            type?: string;
            /** @description Templates in the set (relation). */
            email_templates?: components["schemas"]["EmailTemplate"][];
        };
        /** @description Per-method limit override on a package key (known from client code only). Primary identifier: `id`. */
        MethodOverride: {
            /** @description Type tag filled in by Mashery; always `method_override` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the method override, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Maximum number of calls allowed in one rate-limit period; null when not set at this level. */
            rate_limit_ceiling?: number | null;
            /** @description When true, calls are not counted against the rate limit. */
            rate_limit_exempt?: boolean;
            /** @description Maximum number of calls allowed per second; null when not set at this level. */
            qps_limit_ceiling?: number | null;
            /** @description When true, the per-second (QPS) limit does not apply. */
            qps_limit_exempt?: boolean;
            /** @description When true, response filters are skipped. */
            response_filter_exempt?: boolean;
            /** @description Package key being overridden (relation). */
            package_key?: components["schemas"]["PackageKey"] | null;
            /** @description Plan method being overridden (relation). */
            plan_method?: components["schemas"]["PlanMethod"] | null;
        };
        /** @description Inclusion of a service-definition endpoint in a plan (known from client code only). Primary identifier: `id`. */
        PlanEndpoint: {
            /** @description Type tag filled in by Mashery; always `plan_endpoint` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the plan endpoint, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description Whether methods not defined on the endpoint are let through. */
            allow_undefined_methods?: boolean;
            /** @description Plan (relation). */
            plan?: components["schemas"]["Plan"] | null;
            /** @description Endpoint definition (relation). */
            service_definition_endpoint?: components["schemas"]["ServiceDefinitionEndpoint"] | null;
        };
        /** @description Response filter attached to a plan method (known from client code only). Primary identifier: `id`. */
        PlanFilter: {
            /** @description Type tag filled in by Mashery; always `plan_filter` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the plan filter, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description Plan (relation). */
            plan?: components["schemas"]["Plan"] | null;
            /** @description Plan method (relation). */
            plan_method?: components["schemas"]["PlanMethod"] | null;
            /** @description Response filter (relation). */
            response_filter?: components["schemas"]["ResponseFilter"] | null;
        };
        /** @description Inclusion of a service-definition method in a plan, with its own limits (known from client code only). Primary identifier: `id`. */
        PlanMethod: {
            /** @description Type tag filled in by Mashery; always `plan_method` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the plan method, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description Maximum number of calls allowed in one rate-limit period; null when not set at this level. */
            rate_limit_ceiling?: number | null;
            /** @description Length of the rate-limit window. Seen values: `minute`, `hour`, `day`, `month`. */
            rate_limit_period?: string;
            /** @description When true, calls are not counted against the rate limit. */
            rate_limit_exempt?: boolean;
            /** @description Maximum number of calls allowed per second; null when not set at this level. */
            qps_limit_ceiling?: number | null;
            /** @description When true, the per-second (QPS) limit does not apply. */
            qps_limit_exempt?: boolean;
            /** @description Plan (relation). */
            plan?: components["schemas"]["Plan"] | null;
            /** @description Method definition (relation). */
            service_definition_method?: components["schemas"]["ServiceDefinitionMethod"] | null;
        };
        /** @description Inclusion of a service definition in a plan. Primary identifier: `id`. */
        PlanService: {
            /** @description Type tag filled in by Mashery; always `plan_service` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the plan service, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description Plan (relation; on create pass `{"id": n}`). */
            plan?: components["schemas"]["Plan"] | null;
            /** @description Service definition (relation; on create pass `{"id": n}`). */
            service_definition?: components["schemas"]["ServiceDefinition"] | null;
        };
        /** @description A response filter defined on a service-definition method (known from client code only). Primary identifier: `id`. */
        ResponseFilter: {
            /** @description Type tag filled in by Mashery; always `response_filter` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the response filter, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Filter name. */
            name?: string;
            /** @description Internal notes. */
            notes?: string | null;
            /** @description Formats the filter handles (shape not documented). */
            formats?: unknown;
            /** @description Method the filter applies to (relation). */
            service_definition_method?: components["schemas"]["ServiceDefinitionMethod"] | null;
            /** @description Plans using this filter (relation). */
            plan_filters?: components["schemas"]["PlanFilter"][];
        };
        /** @description Per-format settings of a response filter (known from client code only). Primary identifier: `id`. */
        ResponseFilterFormat: {
            /** @description Type tag filled in by Mashery; always `response_filter_format` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the response filter format, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Fields removed from responses in this format. */
            filter_fields?: string;
            /** @description Response format, such as `json` or `xml`. */
            format?: string;
            /** @description Owning filter (relation). */
            response_filter?: components["schemas"]["ResponseFilter"] | null;
        };
        /** @description The API Packager definition of a service (known from client code only). Primary identifier: `id`. */
        ServiceDefinition: {
            /** @description Type tag filled in by Mashery; always `service_definition` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the service definition, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description Key of the defined service. */
            service_key?: string;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description Definition name. */
            name?: string;
            /** @description Service (relation). */
            service?: components["schemas"]["Service"] | null;
            /** @description Endpoints of the definition (relation). */
            service_definition_endpoints?: components["schemas"]["ServiceDefinitionEndpoint"][];
        };
        /** @description An endpoint inside a service definition (known from client code only; no id field is listed there). */
        ServiceDefinitionEndpoint: {
            /** @description Type tag filled in by Mashery; always `service_definition_endpoint` for this object. */
            readonly object_type?: string;
            /** @description Endpoint name. */
            name?: string;
            /** @description Endpoint key. */
            epkey?: string;
            /** @description Owning definition (relation). */
            service_definition?: components["schemas"]["ServiceDefinition"] | null;
            /** @description Methods of the endpoint (relation). */
            service_definition_methods?: components["schemas"]["ServiceDefinitionMethod"][];
        };
        /** @description A method inside a service-definition endpoint (known from client code only; no id field is listed there). */
        ServiceDefinitionMethod: {
            /** @description Type tag filled in by Mashery; always `service_definition_method` for this object. */
            readonly object_type?: string;
            /** @description Method name. */
            name?: string;
            /** @description Owning endpoint (relation). */
            service_definition_endpoint?: components["schemas"]["ServiceDefinitionEndpoint"] | null;
            /** @description Sample responses of the method (relation). */
            service_definition_responses?: components["schemas"]["ServiceDefinitionResponse"][];
        };
        /** @description A sample response body describing a method's output in one format. Created with `service_definition_method` (as `{"id": n}`), `format` and `definition`. */
        ServiceDefinitionResponse: {
            /** @description Type tag filled in by Mashery; always `service_definition_response` for this object. */
            readonly object_type?: string;
            /** @description The sample response document. */
            definition?: string;
            /** @description Format of the sample, such as `xml` or `json`. */
            format?: string;
            /** @description Method described (relation). */
            service_definition_method?: components["schemas"]["ServiceDefinitionMethod"] | null;
        };
        /** @description An I/O Docs definition attached to a service (known from client code only). Primary identifier: `id`. */
        ServiceIodoc: {
            /** @description Type tag filled in by Mashery; always `service_iodoc` for this object. */
            readonly object_type?: string;
            /** @description Numeric primary identifier of the I/O Docs definition, assigned by Mashery on create. Pass it (bare or as `{"id": n}`) to fetch, update and delete. */
            id?: number;
            /** @description When the object was created (set by Mashery). */
            readonly created?: components["schemas"]["MasheryTimestamp"];
            /** @description When the object was last changed (set by Mashery). */
            readonly updated?: components["schemas"]["MasheryTimestamp"];
            /** @description The I/O Docs JSON definition, as a string. */
            definition?: string;
            /** @description Whether this is the default definition of the service. */
            is_default?: boolean;
            /** @description Service (relation). */
            service?: components["schemas"]["Service"] | null;
        };
        /** @description The Mashery area (site) itself, as returned by `area.fetch`. The method and its fields are undocumented, so any properties may appear. */
        Area: {
            [key: string]: unknown;
        };
        /** @description Identifies an object whose primary key is a numeric `id`: either the bare number or an object holding it. */
        IdIdentifier: number | components["schemas"]["IdReference"];
        /** @description Identifies a member: either the bare username or an object holding it. */
        MemberIdentifier: string | components["schemas"]["UsernameReference"];
        /** @description Identifies a service: either the bare service key or an object holding it. (One official example passes a number here; this spec follows the documented string identifier.) */
        ServiceIdentifier: string | components["schemas"]["ServiceKeyReference"];
        /**
         * @description Name of a JSON-RPC object type as returned by `object.list`, such as `member`, `key` or `package_key`.
         * @example member
         */
        ObjectTypeName: string;
        /**
         * @description The method takes no arguments: send an empty array.
         * @constant
         */
        EmptyParams: never[];
        /** @description One argument: the numeric id of the object, bare or as `{"id": n}`. */
        IdParams: [
            components["schemas"]["IdIdentifier"]
        ];
        /** @description One argument: the username, bare or as `{"username": "..."}`. */
        MemberIdentifierParams: [
            components["schemas"]["MemberIdentifier"]
        ];
        /** @description One argument identifying the member. Besides the username forms, the delete page also mentions an `{"id": n}` object. */
        MemberDeleteParams: [
            string | components["schemas"]["UsernameReference"] | components["schemas"]["IdReference"]
        ];
        /** @description Two arguments: the member as `{"username": "..."}` and the role as `{"id": n}`. */
        MemberRoleParams: [
            components["schemas"]["UsernameReference"],
            components["schemas"]["IdReference"]
        ];
        /** @description One argument: the service key, bare or as `{"service_key": "..."}`. */
        ServiceIdentifierParams: [
            components["schemas"]["ServiceIdentifier"]
        ];
        /** @description Undocumented. Client code passes the service identifier as the first argument; whether further arguments (for example a TTL or a cache object key) are expected is unknown, so extra items are allowed. */
        ServiceCacheParams: [
            components["schemas"]["ServiceIdentifier"]
        ];
        /** @description One argument of any JSON type; it is sent back unchanged. */
        TestEchoParams: [
            components["schemas"]["AnyJsonValue"]
        ];
        /** @description A list of object type names, optionally followed by a locale (default `en_US`). Unknown type names are skipped. */
        ObjectDescribeParams: [
            components["schemas"]["ObjectTypeName"][]
        ] | [
            components["schemas"]["ObjectTypeName"][],
            string
        ];
        /** @description One argument: a Mashery Query Language (MQL) statement. */
        ObjectQueryParams: [
            components["schemas"]["MqlQuery"]
        ];
        /**
         * @description MQL statement: `SELECT <fields> FROM <plural type> [WHERE <conditions>] [REQUIRE RELATED <plural type> WITH <conditions>] [ORDER BY <field> ASC|DESC] [PAGE n] [ITEMS n]`. Keywords are case-insensitive, `*` selects every field of the base type and related objects or their fields can be added to the field list (e.g. `SELECT *, member FROM keys`). Conditions use `=`, `<>`, `<`, `>`, `<=`, `>=`, `LIKE`, `NOT LIKE`, `IS NULL`, `IS NOT NULL` joined with `AND`/`OR`, and literals are quoted strings, integers, `TRUE`, `FALSE` or `NULL`. The key needs read permission on the base type.
         * @example SELECT *, member FROM keys WHERE status = 'active' PAGE 1 ITEMS 25
         */
        MqlQuery: string;
        /** @description Any JSON value. */
        AnyJsonValue: unknown;
        /** @description The result of this method is not documented; treat it as an arbitrary JSON value. */
        UndocumentedResult: unknown;
        /** @description Outcome of a delete or role change. The general rules say `null`; several method pages show `true`, so both are accepted. */
        AcknowledgementResult: null | boolean;
        /**
         * @description Always `true`: invalid input is reported as JSON-RPC error 1000 instead.
         * @constant
         */
        ValidationResult: true;
        /**
         * @description A fixed greeting.
         * @example Hello!
         */
        TestHelloResult: string;
        /** @description Names of the object types the key may use. */
        ObjectListResult: components["schemas"]["ObjectTypeName"][];
        /** @description Description of one object type. */
        ObjectDescription: {
            object_type: components["schemas"]["ObjectTypeName"];
            /** @description JSON-Schema-like description of the fields. Besides `type`, `maxLength` and `format`, Mashery adds flags such as `readonly`, `createonly`, `required`, `optional`, `queryable`, `sortable`, `hidden`, `unique` and `title`. */
            schema: {
                [key: string]: unknown;
            };
        };
        /** @description The text calls the result an object keyed by type name while the example shows an array of descriptions; both shapes are accepted here. */
        ObjectDescribeResult: components["schemas"]["ObjectDescription"][] | {
            [key: string]: components["schemas"]["ObjectDescription"];
        };
        /** @description One page of query results. Pages are numbered from 1; the documented maximum page size is 100, although clients have used larger `ITEMS` values. Results can be served from a cache and be slightly stale — use fetch for fresh data. */
        ObjectQueryResult: {
            /** @description Number of matching records. The documented example returns it as a string. */
            total_items: number | string;
            /** @description Page size used (25 when `ITEMS` is not given, judging by the example). */
            items_per_page: number;
            /** @description Number of pages (cached separately from the items). */
            total_pages: number;
            /** @description Page returned, starting at 1. */
            current_page: number;
            /** @description The records; each carries the selected fields of the base type plus any requested relations. */
            items: {
                [key: string]: unknown;
            }[];
        };
        /** @description Request identifier chosen by the caller and echoed in the response. */
        JsonRpcId: number | string | null;
        /**
         * @description Version marker of a JSON-RPC 2.0 message.
         * @constant
         */
        JsonRpc20Marker: "2.0";
        /**
         * @description Version marker of a JSON-RPC 1.1 message.
         * @constant
         */
        JsonRpc11Marker: "1.1";
        /** @description Problem with one field of the submitted object. */
        JsonRpcFieldError: {
            /** @description Name of the offending field. */
            field: string;
            /** @description What is wrong with it. */
            message: string;
        };
        /** @description Error object. Documented method codes: 1000 Invalid Object (HTTP 400), 1001 Duplicate Object (400), 1002 `Field "…" is required` (400), 1100 role cannot be assigned (400), 2003 Delete Failed (500). The standard JSON-RPC codes (-32700, -32600, -32601, -32602, -32603) are mentioned but not listed, so they are assumed. See `x-error-codes` at the document root. */
        JsonRpcError: {
            /**
             * @description Numeric error code.
             * @example 1000
             */
            code: number;
            /** @description Error message. */
            message: string;
            /** @description Per-field details (sent with code 1000). */
            data?: components["schemas"]["JsonRpcFieldError"][];
        };
        /** @description JSON-RPC 1.0 response (answer to a request without `jsonrpc`/`version`): all three members are always present and the unused one of `result`/`error` is null. */
        JsonRpc10Response: {
            /** @description Method result; null when the call failed. */
            result: components["schemas"]["RpcResult"] | null;
            /** @description Null on success. */
            error: components["schemas"]["JsonRpcError"] | null;
            id: components["schemas"]["JsonRpcId"];
        };
        /** @description JSON-RPC 1.1 response (answer to a request carrying `"version": "1.1"`). */
        JsonRpc11Response: {
            version: components["schemas"]["JsonRpc11Marker"];
            result?: components["schemas"]["RpcResult"];
            error?: components["schemas"]["JsonRpcError"];
            id: components["schemas"]["JsonRpcId"];
        };
        /** @description JSON-RPC 2.0 success response. */
        JsonRpc20Success: {
            jsonrpc: components["schemas"]["JsonRpc20Marker"];
            result: components["schemas"]["RpcResult"];
            id: components["schemas"]["JsonRpcId"];
        };
        /** @description JSON-RPC 2.0 error response. */
        JsonRpc20Error: {
            jsonrpc: components["schemas"]["JsonRpc20Marker"];
            error: components["schemas"]["JsonRpcError"];
            id: components["schemas"]["JsonRpcId"];
        };
        /** @description Response envelope; its version follows the request (1.0, 1.1 or 2.0). The `result` member is the result schema of the called method (see `RpcMethods`). Whether failures are ever reported with HTTP 200 is not documented, so the error forms are accepted here too — always check `error`. */
        JsonRpcResponse: components["schemas"]["JsonRpc10Response"] | components["schemas"]["JsonRpc11Response"] | components["schemas"]["JsonRpc20Success"] | components["schemas"]["JsonRpc20Error"];
        /** @description Response envelope of a failed call (version follows the request). */
        JsonRpcErrorResponse: components["schemas"]["JsonRpc10Response"] | components["schemas"]["JsonRpc11Response"] | components["schemas"]["JsonRpc20Error"];
        /** @description The member, or null when it does not exist. */
        MemberFetchResult: components["schemas"]["Member"] | null;
        /** @description The created member; some documented examples show `true` instead. */
        MemberCreateResult: components["schemas"]["Member"] | boolean;
        /** @description One argument: a member object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        MemberParams: [
            components["schemas"]["Member"]
        ];
        /** @description The application, or null when it does not exist. */
        ApplicationFetchResult: components["schemas"]["Application"] | null;
        /** @description The created application; some documented examples show `true` instead. */
        ApplicationCreateResult: components["schemas"]["Application"] | boolean;
        /** @description One argument: a application object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        ApplicationParams: [
            components["schemas"]["Application"]
        ];
        /** @description The key, or null when it does not exist. */
        KeyFetchResult: components["schemas"]["Key"] | null;
        /** @description The created key; some documented examples show `true` instead. */
        KeyCreateResult: components["schemas"]["Key"] | boolean;
        /** @description One argument: a key object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        KeyParams: [
            components["schemas"]["Key"]
        ];
        /** @description The package, or null when it does not exist. */
        PackageFetchResult: components["schemas"]["Package"] | null;
        /** @description The created package; some documented examples show `true` instead. */
        PackageCreateResult: components["schemas"]["Package"] | boolean;
        /** @description One argument: a package object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        PackageParams: [
            components["schemas"]["Package"]
        ];
        /** @description The plan, or null when it does not exist. */
        PlanFetchResult: components["schemas"]["Plan"] | null;
        /** @description The created plan; some documented examples show `true` instead. */
        PlanCreateResult: components["schemas"]["Plan"] | boolean;
        /** @description One argument: a plan object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        PlanParams: [
            components["schemas"]["Plan"]
        ];
        /** @description The package key, or null when it does not exist. */
        PackageKeyFetchResult: components["schemas"]["PackageKey"] | null;
        /** @description The created package key; some documented examples show `true` instead. */
        PackageKeyCreateResult: components["schemas"]["PackageKey"] | boolean;
        /** @description One argument: a package key object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        PackageKeyParams: [
            components["schemas"]["PackageKey"]
        ];
        /** @description The developer class, or null when it does not exist. */
        DeveloperClassFetchResult: components["schemas"]["DeveloperClass"] | null;
        /** @description The created developer class; some documented examples show `true` instead. */
        DeveloperClassCreateResult: components["schemas"]["DeveloperClass"] | boolean;
        /** @description One argument: a developer class object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        DeveloperClassParams: [
            components["schemas"]["DeveloperClass"]
        ];
        /** @description The service class, or null when it does not exist. */
        ServiceClassFetchResult: components["schemas"]["ServiceClass"] | null;
        /** @description One argument: a service class object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        ServiceClassParams: [
            components["schemas"]["ServiceClass"]
        ];
        /** @description The service, or null when it does not exist. */
        ServiceFetchResult: components["schemas"]["Service"] | null;
        /** @description The created service; some documented examples show `true` instead. */
        ServiceCreateResult: components["schemas"]["Service"] | boolean;
        /** @description One argument: a service object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        ServiceParams: [
            components["schemas"]["Service"]
        ];
        /** @description The role, or null when it does not exist. */
        RoleFetchResult: components["schemas"]["Role"] | null;
        /** @description The created role; some documented examples show `true` instead. */
        RoleCreateResult: components["schemas"]["Role"] | boolean;
        /** @description One argument: a role object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        RoleParams: [
            components["schemas"]["Role"]
        ];
        /** @description The plan service, or null when it does not exist. */
        PlanServiceFetchResult: components["schemas"]["PlanService"] | null;
        /** @description The created plan service; some documented examples show `true` instead. */
        PlanServiceCreateResult: components["schemas"]["PlanService"] | boolean;
        /** @description One argument: a plan service object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        PlanServiceParams: [
            components["schemas"]["PlanService"]
        ];
        /** @description The plan endpoint, or null when it does not exist. */
        PlanEndpointFetchResult: components["schemas"]["PlanEndpoint"] | null;
        /** @description The created plan endpoint; some documented examples show `true` instead. */
        PlanEndpointCreateResult: components["schemas"]["PlanEndpoint"] | boolean;
        /** @description One argument: a plan endpoint object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        PlanEndpointParams: [
            components["schemas"]["PlanEndpoint"]
        ];
        /** @description The plan method, or null when it does not exist. */
        PlanMethodFetchResult: components["schemas"]["PlanMethod"] | null;
        /** @description The created plan method; some documented examples show `true` instead. */
        PlanMethodCreateResult: components["schemas"]["PlanMethod"] | boolean;
        /** @description One argument: a plan method object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        PlanMethodParams: [
            components["schemas"]["PlanMethod"]
        ];
        /** @description The plan filter, or null when it does not exist. */
        PlanFilterFetchResult: components["schemas"]["PlanFilter"] | null;
        /** @description The created plan filter; some documented examples show `true` instead. */
        PlanFilterCreateResult: components["schemas"]["PlanFilter"] | boolean;
        /** @description One argument: a plan filter object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        PlanFilterParams: [
            components["schemas"]["PlanFilter"]
        ];
        /** @description The method override, or null when it does not exist. */
        MethodOverrideFetchResult: components["schemas"]["MethodOverride"] | null;
        /** @description The created method override; some documented examples show `true` instead. */
        MethodOverrideCreateResult: components["schemas"]["MethodOverride"] | boolean;
        /** @description One argument: a method override object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        MethodOverrideParams: [
            components["schemas"]["MethodOverride"]
        ];
        /** @description The response filter, or null when it does not exist. */
        ResponseFilterFetchResult: components["schemas"]["ResponseFilter"] | null;
        /** @description The created response filter; some documented examples show `true` instead. */
        ResponseFilterCreateResult: components["schemas"]["ResponseFilter"] | boolean;
        /** @description One argument: a response filter object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        ResponseFilterParams: [
            components["schemas"]["ResponseFilter"]
        ];
        /** @description The response filter format, or null when it does not exist. */
        ResponseFilterFormatFetchResult: components["schemas"]["ResponseFilterFormat"] | null;
        /** @description The created response filter format; some documented examples show `true` instead. */
        ResponseFilterFormatCreateResult: components["schemas"]["ResponseFilterFormat"] | boolean;
        /** @description One argument: a response filter format object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        ResponseFilterFormatParams: [
            components["schemas"]["ResponseFilterFormat"]
        ];
        /** @description The service definition, or null when it does not exist. */
        ServiceDefinitionFetchResult: components["schemas"]["ServiceDefinition"] | null;
        /** @description The created service definition; some documented examples show `true` instead. */
        ServiceDefinitionCreateResult: components["schemas"]["ServiceDefinition"] | boolean;
        /** @description One argument: a service definition object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        ServiceDefinitionParams: [
            components["schemas"]["ServiceDefinition"]
        ];
        /** @description The service definition endpoint, or null when it does not exist. */
        ServiceDefinitionEndpointFetchResult: components["schemas"]["ServiceDefinitionEndpoint"] | null;
        /** @description The created service definition endpoint; some documented examples show `true` instead. */
        ServiceDefinitionEndpointCreateResult: components["schemas"]["ServiceDefinitionEndpoint"] | boolean;
        /** @description One argument: a service definition endpoint object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        ServiceDefinitionEndpointParams: [
            components["schemas"]["ServiceDefinitionEndpoint"]
        ];
        /** @description The service definition method, or null when it does not exist. */
        ServiceDefinitionMethodFetchResult: components["schemas"]["ServiceDefinitionMethod"] | null;
        /** @description The created service definition method; some documented examples show `true` instead. */
        ServiceDefinitionMethodCreateResult: components["schemas"]["ServiceDefinitionMethod"] | boolean;
        /** @description One argument: a service definition method object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        ServiceDefinitionMethodParams: [
            components["schemas"]["ServiceDefinitionMethod"]
        ];
        /** @description The service definition response, or null when it does not exist. */
        ServiceDefinitionResponseFetchResult: components["schemas"]["ServiceDefinitionResponse"] | null;
        /** @description The created service definition response; some documented examples show `true` instead. */
        ServiceDefinitionResponseCreateResult: components["schemas"]["ServiceDefinitionResponse"] | boolean;
        /** @description One argument: a service definition response object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        ServiceDefinitionResponseParams: [
            components["schemas"]["ServiceDefinitionResponse"]
        ];
        /** @description The created I/O Docs definition; some documented examples show `true` instead. */
        ServiceIodocCreateResult: components["schemas"]["ServiceIodoc"] | boolean;
        /** @description One argument: a I/O Docs definition object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        ServiceIodocParams: [
            components["schemas"]["ServiceIodoc"]
        ];
        /** @description The access rule, or null when it does not exist. */
        AccessRuleFetchResult: components["schemas"]["AccessRule"] | null;
        /** @description The created access rule; some documented examples show `true` instead. */
        AccessRuleCreateResult: components["schemas"]["AccessRule"] | boolean;
        /** @description One argument: a access rule object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        AccessRuleParams: [
            components["schemas"]["AccessRule"]
        ];
        /** @description The email template, or null when it does not exist. */
        EmailTemplateFetchResult: components["schemas"]["EmailTemplate"] | null;
        /** @description The created email template; some documented examples show `true` instead. */
        EmailTemplateCreateResult: components["schemas"]["EmailTemplate"] | boolean;
        /** @description One argument: a email template object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        EmailTemplateParams: [
            components["schemas"]["EmailTemplate"]
        ];
        /** @description The email template set, or null when it does not exist. */
        EmailTemplateSetFetchResult: components["schemas"]["EmailTemplateSet"] | null;
        /** @description The created email template set; some documented examples show `true` instead. */
        EmailTemplateSetCreateResult: components["schemas"]["EmailTemplateSet"] | boolean;
        /** @description One argument: a email template set object. For create it holds the new values; for update and validate it holds only the fields to change or check (update also needs the primary identifier). */
        EmailTemplateSetParams: [
            components["schemas"]["EmailTemplateSet"]
        ];
        /** @description A JSON-RPC call: one variant per method, selected by `method`, with `params` always a positional array. Leave out `jsonrpc` and `version` for JSON-RPC 1.0, send `"jsonrpc": "2.0"` for 2.0 or `"version": "1.1"` for 1.1 — the response uses the same version. `id` is optional and echoed back. Batches and named parameters are not shown anywhere in the documentation. */
        JsonRpcRequest: {
            method: components["schemas"]["RpcMethodName"];
        } & ({
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "test.hello";
            params: components["schemas"]["EmptyParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "test.echo";
            params: components["schemas"]["TestEchoParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "object.list";
            params: components["schemas"]["EmptyParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "object.describe";
            params: components["schemas"]["ObjectDescribeParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "object.query";
            params: components["schemas"]["ObjectQueryParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "member.fetch";
            params: components["schemas"]["MemberIdentifierParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "member.create";
            params: components["schemas"]["MemberParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "member.update";
            params: components["schemas"]["MemberParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "member.delete";
            params: components["schemas"]["MemberDeleteParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "member.validate";
            params: components["schemas"]["MemberParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "member.addRole";
            params: components["schemas"]["MemberRoleParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "member.removeRole";
            params: components["schemas"]["MemberRoleParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "application.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "application.create";
            params: components["schemas"]["ApplicationParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "application.update";
            params: components["schemas"]["ApplicationParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "application.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "application.validate";
            params: components["schemas"]["ApplicationParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "key.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "key.create";
            params: components["schemas"]["KeyParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "key.update";
            params: components["schemas"]["KeyParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "key.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "key.validate";
            params: components["schemas"]["KeyParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "package.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "package.create";
            params: components["schemas"]["PackageParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "package.update";
            params: components["schemas"]["PackageParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "package.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "package.validate";
            params: components["schemas"]["PackageParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "package.clone";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan.create";
            params: components["schemas"]["PlanParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan.update";
            params: components["schemas"]["PlanParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan.validate";
            params: components["schemas"]["PlanParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan.clone";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "package_key.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "package_key.create";
            params: components["schemas"]["PackageKeyParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "package_key.update";
            params: components["schemas"]["PackageKeyParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "package_key.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "package_key.validate";
            params: components["schemas"]["PackageKeyParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "developer_class.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "developer_class.create";
            params: components["schemas"]["DeveloperClassParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "developer_class.update";
            params: components["schemas"]["DeveloperClassParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "developer_class.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "developer_class.validate";
            params: components["schemas"]["DeveloperClassParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_class.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_class.update";
            params: components["schemas"]["ServiceClassParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_class.validate";
            params: components["schemas"]["ServiceClassParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service.fetch";
            params: components["schemas"]["ServiceIdentifierParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service.create";
            params: components["schemas"]["ServiceParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service.flushCache";
            params: components["schemas"]["ServiceCacheParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service.expireCacheObject";
            params: components["schemas"]["ServiceCacheParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service.getCacheStatus";
            params: components["schemas"]["ServiceCacheParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service.setCacheTTL";
            params: components["schemas"]["ServiceCacheParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "role.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "role.create";
            params: components["schemas"]["RoleParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "role.update";
            params: components["schemas"]["RoleParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "role.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "role.validate";
            params: components["schemas"]["RoleParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_service.create";
            params: components["schemas"]["PlanServiceParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_service.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_service.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_service.validate";
            params: components["schemas"]["PlanServiceParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_endpoint.create";
            params: components["schemas"]["PlanEndpointParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_endpoint.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_endpoint.update";
            params: components["schemas"]["PlanEndpointParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_endpoint.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_endpoint.validate";
            params: components["schemas"]["PlanEndpointParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_method.create";
            params: components["schemas"]["PlanMethodParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_method.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_method.update";
            params: components["schemas"]["PlanMethodParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_method.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_method.validate";
            params: components["schemas"]["PlanMethodParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_filter.create";
            params: components["schemas"]["PlanFilterParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_filter.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_filter.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "plan_filter.validate";
            params: components["schemas"]["PlanFilterParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "method_override.create";
            params: components["schemas"]["MethodOverrideParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "method_override.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "method_override.update";
            params: components["schemas"]["MethodOverrideParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "method_override.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "method_override.validate";
            params: components["schemas"]["MethodOverrideParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "response_filter.create";
            params: components["schemas"]["ResponseFilterParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "response_filter.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "response_filter.update";
            params: components["schemas"]["ResponseFilterParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "response_filter.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "response_filter.validate";
            params: components["schemas"]["ResponseFilterParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "response_filter.clone";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "response_filter_format.create";
            params: components["schemas"]["ResponseFilterFormatParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "response_filter_format.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "response_filter_format.update";
            params: components["schemas"]["ResponseFilterFormatParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "response_filter_format.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "response_filter_format.validate";
            params: components["schemas"]["ResponseFilterFormatParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition.create";
            params: components["schemas"]["ServiceDefinitionParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition_endpoint.create";
            params: components["schemas"]["ServiceDefinitionEndpointParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition_endpoint.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition_method.create";
            params: components["schemas"]["ServiceDefinitionMethodParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition_method.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition_method.update";
            params: components["schemas"]["ServiceDefinitionMethodParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition_method.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition_method.validate";
            params: components["schemas"]["ServiceDefinitionMethodParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition_response.create";
            params: components["schemas"]["ServiceDefinitionResponseParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition_response.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition_response.update";
            params: components["schemas"]["ServiceDefinitionResponseParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition_response.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_definition_response.validate";
            params: components["schemas"]["ServiceDefinitionResponseParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "service_iodoc.create";
            params: components["schemas"]["ServiceIodocParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "access_rule.create";
            params: components["schemas"]["AccessRuleParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "access_rule.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "access_rule.update";
            params: components["schemas"]["AccessRuleParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "access_rule.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "access_rule.validate";
            params: components["schemas"]["AccessRuleParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "email_template.create";
            params: components["schemas"]["EmailTemplateParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "email_template.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "email_template.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "email_template.validate";
            params: components["schemas"]["EmailTemplateParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "email_template_set.create";
            params: components["schemas"]["EmailTemplateSetParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "email_template_set.fetch";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "email_template_set.delete";
            params: components["schemas"]["IdParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "email_template_set.validate";
            params: components["schemas"]["EmailTemplateSetParams"];
            id?: components["schemas"]["JsonRpcId"];
        } | {
            jsonrpc?: components["schemas"]["JsonRpc20Marker"];
            version?: components["schemas"]["JsonRpc11Marker"];
            /** @constant */
            method: "area.fetch";
            params: components["schemas"]["EmptyParams"];
            id?: components["schemas"]["JsonRpcId"];
        });
        /**
         * @description Every accepted method name — exactly the property names of `RpcMethods`, which is kept under `$defs` so the catalogue travels with this list (`$defs` adds no validation).
         * @enum {string}
         */
        RpcMethodName: "test.hello" | "test.echo" | "object.list" | "object.describe" | "object.query" | "member.fetch" | "member.create" | "member.update" | "member.delete" | "member.validate" | "member.addRole" | "member.removeRole" | "application.fetch" | "application.create" | "application.update" | "application.delete" | "application.validate" | "key.fetch" | "key.create" | "key.update" | "key.delete" | "key.validate" | "package.fetch" | "package.create" | "package.update" | "package.delete" | "package.validate" | "package.clone" | "plan.fetch" | "plan.create" | "plan.update" | "plan.delete" | "plan.validate" | "plan.clone" | "package_key.fetch" | "package_key.create" | "package_key.update" | "package_key.delete" | "package_key.validate" | "developer_class.fetch" | "developer_class.create" | "developer_class.update" | "developer_class.delete" | "developer_class.validate" | "service_class.fetch" | "service_class.update" | "service_class.validate" | "service.fetch" | "service.create" | "service.flushCache" | "service.expireCacheObject" | "service.getCacheStatus" | "service.setCacheTTL" | "role.fetch" | "role.create" | "role.update" | "role.delete" | "role.validate" | "plan_service.create" | "plan_service.fetch" | "plan_service.delete" | "plan_service.validate" | "plan_endpoint.create" | "plan_endpoint.fetch" | "plan_endpoint.update" | "plan_endpoint.delete" | "plan_endpoint.validate" | "plan_method.create" | "plan_method.fetch" | "plan_method.update" | "plan_method.delete" | "plan_method.validate" | "plan_filter.create" | "plan_filter.fetch" | "plan_filter.delete" | "plan_filter.validate" | "method_override.create" | "method_override.fetch" | "method_override.update" | "method_override.delete" | "method_override.validate" | "response_filter.create" | "response_filter.fetch" | "response_filter.update" | "response_filter.delete" | "response_filter.validate" | "response_filter.clone" | "response_filter_format.create" | "response_filter_format.fetch" | "response_filter_format.update" | "response_filter_format.delete" | "response_filter_format.validate" | "service_definition.create" | "service_definition.fetch" | "service_definition_endpoint.create" | "service_definition_endpoint.fetch" | "service_definition_method.create" | "service_definition_method.fetch" | "service_definition_method.update" | "service_definition_method.delete" | "service_definition_method.validate" | "service_definition_response.create" | "service_definition_response.fetch" | "service_definition_response.update" | "service_definition_response.delete" | "service_definition_response.validate" | "service_iodoc.create" | "access_rule.create" | "access_rule.fetch" | "access_rule.update" | "access_rule.delete" | "access_rule.validate" | "email_template.create" | "email_template.fetch" | "email_template.delete" | "email_template.validate" | "email_template_set.create" | "email_template_set.fetch" | "email_template_set.delete" | "email_template_set.validate" | "area.fetch";
        /** @description Union of the result schemas of all methods. The result of a given call is the `result` entry of its method in `RpcMethods`. */
        RpcResult: components["schemas"]["TestHelloResult"] | components["schemas"]["AnyJsonValue"] | components["schemas"]["ObjectListResult"] | components["schemas"]["ObjectDescribeResult"] | components["schemas"]["ObjectQueryResult"] | components["schemas"]["MemberFetchResult"] | components["schemas"]["MemberCreateResult"] | components["schemas"]["Member"] | components["schemas"]["AcknowledgementResult"] | components["schemas"]["ValidationResult"] | components["schemas"]["ApplicationFetchResult"] | components["schemas"]["ApplicationCreateResult"] | components["schemas"]["Application"] | components["schemas"]["KeyFetchResult"] | components["schemas"]["KeyCreateResult"] | components["schemas"]["Key"] | components["schemas"]["PackageFetchResult"] | components["schemas"]["PackageCreateResult"] | components["schemas"]["Package"] | components["schemas"]["PlanFetchResult"] | components["schemas"]["PlanCreateResult"] | components["schemas"]["Plan"] | components["schemas"]["PackageKeyFetchResult"] | components["schemas"]["PackageKeyCreateResult"] | components["schemas"]["PackageKey"] | components["schemas"]["DeveloperClassFetchResult"] | components["schemas"]["DeveloperClassCreateResult"] | components["schemas"]["DeveloperClass"] | components["schemas"]["ServiceClassFetchResult"] | components["schemas"]["ServiceClass"] | components["schemas"]["ServiceFetchResult"] | components["schemas"]["ServiceCreateResult"] | components["schemas"]["UndocumentedResult"] | components["schemas"]["RoleFetchResult"] | components["schemas"]["RoleCreateResult"] | components["schemas"]["Role"] | components["schemas"]["PlanServiceCreateResult"] | components["schemas"]["PlanServiceFetchResult"] | components["schemas"]["PlanEndpointCreateResult"] | components["schemas"]["PlanEndpointFetchResult"] | components["schemas"]["PlanEndpoint"] | components["schemas"]["PlanMethodCreateResult"] | components["schemas"]["PlanMethodFetchResult"] | components["schemas"]["PlanMethod"] | components["schemas"]["PlanFilterCreateResult"] | components["schemas"]["PlanFilterFetchResult"] | components["schemas"]["MethodOverrideCreateResult"] | components["schemas"]["MethodOverrideFetchResult"] | components["schemas"]["MethodOverride"] | components["schemas"]["ResponseFilterCreateResult"] | components["schemas"]["ResponseFilterFetchResult"] | components["schemas"]["ResponseFilter"] | components["schemas"]["ResponseFilterFormatCreateResult"] | components["schemas"]["ResponseFilterFormatFetchResult"] | components["schemas"]["ResponseFilterFormat"] | components["schemas"]["ServiceDefinitionCreateResult"] | components["schemas"]["ServiceDefinitionFetchResult"] | components["schemas"]["ServiceDefinitionEndpointCreateResult"] | components["schemas"]["ServiceDefinitionEndpointFetchResult"] | components["schemas"]["ServiceDefinitionMethodCreateResult"] | components["schemas"]["ServiceDefinitionMethodFetchResult"] | components["schemas"]["ServiceDefinitionMethod"] | components["schemas"]["ServiceDefinitionResponseCreateResult"] | components["schemas"]["ServiceDefinitionResponseFetchResult"] | components["schemas"]["ServiceDefinitionResponse"] | components["schemas"]["ServiceIodocCreateResult"] | components["schemas"]["AccessRuleCreateResult"] | components["schemas"]["AccessRuleFetchResult"] | components["schemas"]["AccessRule"] | components["schemas"]["EmailTemplateCreateResult"] | components["schemas"]["EmailTemplateFetchResult"] | components["schemas"]["EmailTemplateSetCreateResult"] | components["schemas"]["EmailTemplateSetFetchResult"] | components["schemas"]["Area"];
        /** @description Catalogue of every JSON-RPC method: for each method name, the positional `params` array and the `result` it answers. This is not a wire message: it is the typed catalogue behind the client (method name → {params, result}). The request union `JsonRpcRequest` and the result union `RpcResult` are built from the very same params/result schemas, so the three always agree. Methods marked `x-inferred` are undocumented and their shapes are guesses. */
        RpcMethods: {
            /** @description Connectivity check: answers a fixed greeting. Useful to verify the key, signature and site id. */
            "test.hello": {
                params: components["schemas"]["EmptyParams"];
                result: components["schemas"]["TestHelloResult"];
            };
            /** @description Sends the single argument back. Known from client code only; the echo behaviour is assumed. */
            "test.echo": {
                params: components["schemas"]["TestEchoParams"];
                result: components["schemas"]["AnyJsonValue"];
            };
            /** @description Lists the object types available to the calling key. Needs one of the roles Administrator, Program Manager, Community Manager, Content Manager, Portal Manager or API Manager. */
            "object.list": {
                params: components["schemas"]["EmptyParams"];
                result: components["schemas"]["ObjectListResult"];
            };
            /** @description Describes the fields of the requested object types (type, length, flags such as readonly or createonly), with titles in the given locale. */
            "object.describe": {
                params: components["schemas"]["ObjectDescribeParams"];
                result: components["schemas"]["ObjectDescribeResult"];
            };
            /** @description Runs a Mashery Query Language statement and answers one page of matching records. Needs read permission on the base type. */
            "object.query": {
                params: components["schemas"]["ObjectQueryParams"];
                result: components["schemas"]["ObjectQueryResult"];
            };
            /** @description Looks up one member by username (bare, or inside an object holding that field). Answers the member, or null when none matches. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "member.fetch": {
                params: components["schemas"]["MemberIdentifierParams"];
                result: components["schemas"]["MemberFetchResult"];
            };
            /** @description Creates a member. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new member; some documented examples answer `true` instead. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "member.create": {
                params: components["schemas"]["MemberParams"];
                result: components["schemas"]["MemberCreateResult"];
            };
            /** @description Changes a member. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated member. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "member.update": {
                params: components["schemas"]["MemberParams"];
                result: components["schemas"]["Member"];
            };
            /** @description Deletes a member by username. Answers null — also when it did not exist — although some method pages show `true`. The username of a deleted member stays reserved. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "member.delete": {
                params: components["schemas"]["MemberDeleteParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a member without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "member.validate": {
                params: components["schemas"]["MemberParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Grants a role to a member. Fails with 1000 when the member/role pair is invalid and with 1100 for dynamic roles (such as Member or Anonymous) that cannot be assigned. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "member.addRole": {
                params: components["schemas"]["MemberRoleParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Takes a role away from a member; answers null. Fails with 1000 when the member/role pair is invalid. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "member.removeRole": {
                params: components["schemas"]["MemberRoleParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Looks up one application by numeric id (bare, or inside an object holding that field). Answers the application, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "application.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["ApplicationFetchResult"];
            };
            /** @description Creates a application. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new application; some documented examples answer `true` instead. */
            "application.create": {
                params: components["schemas"]["ApplicationParams"];
                result: components["schemas"]["ApplicationCreateResult"];
            };
            /** @description Changes a application. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated application. */
            "application.update": {
                params: components["schemas"]["ApplicationParams"];
                result: components["schemas"]["Application"];
            };
            /** @description Deletes a application by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "application.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a application without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. */
            "application.validate": {
                params: components["schemas"]["ApplicationParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Looks up one key by numeric id (bare, or inside an object holding that field). Answers the key, or null when none matches. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "key.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["KeyFetchResult"];
            };
            /** @description Creates a key. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new key; some documented examples answer `true` instead. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "key.create": {
                params: components["schemas"]["KeyParams"];
                result: components["schemas"]["KeyCreateResult"];
            };
            /** @description Changes a key. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated key. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "key.update": {
                params: components["schemas"]["KeyParams"];
                result: components["schemas"]["Key"];
            };
            /** @description Deletes a key by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "key.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a key without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "key.validate": {
                params: components["schemas"]["KeyParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Looks up one package by numeric id (bare, or inside an object holding that field). Answers the package, or null when none matches. Needs one of the roles Administrator or API Manager. Requires API Packager to be enabled for the area. */
            "package.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["PackageFetchResult"];
            };
            /** @description Creates a package. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new package; some documented examples answer `true` instead. Needs one of the roles Administrator or API Manager. Requires API Packager to be enabled for the area. */
            "package.create": {
                params: components["schemas"]["PackageParams"];
                result: components["schemas"]["PackageCreateResult"];
            };
            /** @description Changes a package. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated package. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator or API Manager. Requires API Packager to be enabled for the area. */
            "package.update": {
                params: components["schemas"]["PackageParams"];
                result: components["schemas"]["Package"];
            };
            /** @description Deletes a package by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator or API Manager. Requires API Packager to be enabled for the area. */
            "package.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a package without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Needs one of the roles Administrator or API Manager. Requires API Packager to be enabled for the area. */
            "package.validate": {
                params: components["schemas"]["PackageParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Copies the package with the given id. Seen only in client code; answering the copy is assumed. Needs one of the roles Administrator or API Manager. Requires API Packager to be enabled for the area. */
            "package.clone": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["Package"];
            };
            /** @description Looks up one plan by numeric id (bare, or inside an object holding that field). Answers the plan, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "plan.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["PlanFetchResult"];
            };
            /** @description Creates a plan. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new plan; some documented examples answer `true` instead. */
            "plan.create": {
                params: components["schemas"]["PlanParams"];
                result: components["schemas"]["PlanCreateResult"];
            };
            /** @description Changes a plan. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated plan. Known from client code only; the parameter shape follows the generic pattern. */
            "plan.update": {
                params: components["schemas"]["PlanParams"];
                result: components["schemas"]["Plan"];
            };
            /** @description Deletes a plan by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "plan.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a plan without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. */
            "plan.validate": {
                params: components["schemas"]["PlanParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Copies the plan with the given id. Seen only in client code; answering the copy is assumed. */
            "plan.clone": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["Plan"];
            };
            /** @description Looks up one package key by numeric id (bare, or inside an object holding that field). Answers the package key, or null when none matches. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "package_key.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["PackageKeyFetchResult"];
            };
            /** @description Creates a package key. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new package key; some documented examples answer `true` instead. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "package_key.create": {
                params: components["schemas"]["PackageKeyParams"];
                result: components["schemas"]["PackageKeyCreateResult"];
            };
            /** @description Changes a package key. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated package key. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "package_key.update": {
                params: components["schemas"]["PackageKeyParams"];
                result: components["schemas"]["PackageKey"];
            };
            /** @description Deletes a package key by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "package_key.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a package key without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "package_key.validate": {
                params: components["schemas"]["PackageKeyParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Looks up one developer class by numeric id (bare, or inside an object holding that field). Answers the developer class, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "developer_class.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["DeveloperClassFetchResult"];
            };
            /** @description Creates a developer class. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new developer class; some documented examples answer `true` instead. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "developer_class.create": {
                params: components["schemas"]["DeveloperClassParams"];
                result: components["schemas"]["DeveloperClassCreateResult"];
            };
            /** @description Changes a developer class. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated developer class. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "developer_class.update": {
                params: components["schemas"]["DeveloperClassParams"];
                result: components["schemas"]["DeveloperClass"];
            };
            /** @description Deletes a developer class by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "developer_class.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a developer class without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "developer_class.validate": {
                params: components["schemas"]["DeveloperClassParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Looks up one service class by numeric id (bare, or inside an object holding that field). Answers the service class, or null when none matches. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "service_class.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["ServiceClassFetchResult"];
            };
            /** @description Changes a service class. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated service class. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "service_class.update": {
                params: components["schemas"]["ServiceClassParams"];
                result: components["schemas"]["ServiceClass"];
            };
            /** @description Checks the supplied fields of a service class without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator, Program Manager or Community Manager. */
            "service_class.validate": {
                params: components["schemas"]["ServiceClassParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Looks up one service by service key (bare, or inside an object holding that field). Answers the service, or null when none matches. Needs one of the roles Administrator or API Manager. */
            "service.fetch": {
                params: components["schemas"]["ServiceIdentifierParams"];
                result: components["schemas"]["ServiceFetchResult"];
            };
            /** @description Creates a service. Undocumented and seen only in client code; parameters and result follow the generic create pattern by assumption. */
            "service.create": {
                params: components["schemas"]["ServiceParams"];
                result: components["schemas"]["ServiceCreateResult"];
            };
            /** @description Empties the Mashery response cache of a service (judging by the name). Undocumented: it appears only in an auto-generated client, so arguments and result are unknown. */
            "service.flushCache": {
                params: components["schemas"]["ServiceCacheParams"];
                result: components["schemas"]["UndocumentedResult"];
            };
            /** @description Expires one cached response of a service (judging by the name). Undocumented: it appears only in an auto-generated client, so arguments and result are unknown. */
            "service.expireCacheObject": {
                params: components["schemas"]["ServiceCacheParams"];
                result: components["schemas"]["UndocumentedResult"];
            };
            /** @description Reports the cache status of a service (judging by the name). Undocumented: it appears only in an auto-generated client, so arguments and result are unknown. */
            "service.getCacheStatus": {
                params: components["schemas"]["ServiceCacheParams"];
                result: components["schemas"]["UndocumentedResult"];
            };
            /** @description Sets the cache lifetime of a service (judging by the name). Undocumented: it appears only in an auto-generated client, so arguments and result are unknown. */
            "service.setCacheTTL": {
                params: components["schemas"]["ServiceCacheParams"];
                result: components["schemas"]["UndocumentedResult"];
            };
            /** @description Looks up one role by numeric id (bare, or inside an object holding that field). Answers the role, or null when none matches. Needs one of the roles Administrator, Program Manager, Community Manager, Content Manager, Portal Manager or API Manager. */
            "role.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["RoleFetchResult"];
            };
            /** @description Creates a role. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new role; some documented examples answer `true` instead. */
            "role.create": {
                params: components["schemas"]["RoleParams"];
                result: components["schemas"]["RoleCreateResult"];
            };
            /** @description Changes a role. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated role. Known from client code only; the parameter shape follows the generic pattern. */
            "role.update": {
                params: components["schemas"]["RoleParams"];
                result: components["schemas"]["Role"];
            };
            /** @description Deletes a role by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "role.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a role without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. */
            "role.validate": {
                params: components["schemas"]["RoleParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Creates a plan service. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new plan service; some documented examples answer `true` instead. Needs one of the roles Administrator or API Manager. */
            "plan_service.create": {
                params: components["schemas"]["PlanServiceParams"];
                result: components["schemas"]["PlanServiceCreateResult"];
            };
            /** @description Looks up one plan service by numeric id (bare, or inside an object holding that field). Answers the plan service, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator or API Manager. */
            "plan_service.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["PlanServiceFetchResult"];
            };
            /** @description Deletes a plan service by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator or API Manager. */
            "plan_service.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a plan service without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator or API Manager. */
            "plan_service.validate": {
                params: components["schemas"]["PlanServiceParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Creates a plan endpoint. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new plan endpoint; some documented examples answer `true` instead. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_endpoint.create": {
                params: components["schemas"]["PlanEndpointParams"];
                result: components["schemas"]["PlanEndpointCreateResult"];
            };
            /** @description Looks up one plan endpoint by numeric id (bare, or inside an object holding that field). Answers the plan endpoint, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_endpoint.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["PlanEndpointFetchResult"];
            };
            /** @description Changes a plan endpoint. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated plan endpoint. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_endpoint.update": {
                params: components["schemas"]["PlanEndpointParams"];
                result: components["schemas"]["PlanEndpoint"];
            };
            /** @description Deletes a plan endpoint by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_endpoint.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a plan endpoint without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_endpoint.validate": {
                params: components["schemas"]["PlanEndpointParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Creates a plan method. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new plan method; some documented examples answer `true` instead. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_method.create": {
                params: components["schemas"]["PlanMethodParams"];
                result: components["schemas"]["PlanMethodCreateResult"];
            };
            /** @description Looks up one plan method by numeric id (bare, or inside an object holding that field). Answers the plan method, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_method.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["PlanMethodFetchResult"];
            };
            /** @description Changes a plan method. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated plan method. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_method.update": {
                params: components["schemas"]["PlanMethodParams"];
                result: components["schemas"]["PlanMethod"];
            };
            /** @description Deletes a plan method by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_method.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a plan method without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_method.validate": {
                params: components["schemas"]["PlanMethodParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Creates a plan filter. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new plan filter; some documented examples answer `true` instead. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_filter.create": {
                params: components["schemas"]["PlanFilterParams"];
                result: components["schemas"]["PlanFilterCreateResult"];
            };
            /** @description Looks up one plan filter by numeric id (bare, or inside an object holding that field). Answers the plan filter, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_filter.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["PlanFilterFetchResult"];
            };
            /** @description Deletes a plan filter by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_filter.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a plan filter without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. */
            "plan_filter.validate": {
                params: components["schemas"]["PlanFilterParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Creates a method override. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new method override; some documented examples answer `true` instead. Known from client code only; the parameter shape follows the generic pattern. */
            "method_override.create": {
                params: components["schemas"]["MethodOverrideParams"];
                result: components["schemas"]["MethodOverrideCreateResult"];
            };
            /** @description Looks up one method override by numeric id (bare, or inside an object holding that field). Answers the method override, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "method_override.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["MethodOverrideFetchResult"];
            };
            /** @description Changes a method override. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated method override. Known from client code only; the parameter shape follows the generic pattern. */
            "method_override.update": {
                params: components["schemas"]["MethodOverrideParams"];
                result: components["schemas"]["MethodOverride"];
            };
            /** @description Deletes a method override by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "method_override.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a method override without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. */
            "method_override.validate": {
                params: components["schemas"]["MethodOverrideParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Creates a response filter. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new response filter; some documented examples answer `true` instead. Known from client code only; the parameter shape follows the generic pattern. */
            "response_filter.create": {
                params: components["schemas"]["ResponseFilterParams"];
                result: components["schemas"]["ResponseFilterCreateResult"];
            };
            /** @description Looks up one response filter by numeric id (bare, or inside an object holding that field). Answers the response filter, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "response_filter.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["ResponseFilterFetchResult"];
            };
            /** @description Changes a response filter. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated response filter. Known from client code only; the parameter shape follows the generic pattern. */
            "response_filter.update": {
                params: components["schemas"]["ResponseFilterParams"];
                result: components["schemas"]["ResponseFilter"];
            };
            /** @description Deletes a response filter by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "response_filter.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a response filter without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. */
            "response_filter.validate": {
                params: components["schemas"]["ResponseFilterParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Copies the response filter with the given id. Seen only in client code; answering the copy is assumed. */
            "response_filter.clone": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["ResponseFilter"];
            };
            /** @description Creates a response filter format. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new response filter format; some documented examples answer `true` instead. Known from client code only; the parameter shape follows the generic pattern. */
            "response_filter_format.create": {
                params: components["schemas"]["ResponseFilterFormatParams"];
                result: components["schemas"]["ResponseFilterFormatCreateResult"];
            };
            /** @description Looks up one response filter format by numeric id (bare, or inside an object holding that field). Answers the response filter format, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "response_filter_format.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["ResponseFilterFormatFetchResult"];
            };
            /** @description Changes a response filter format. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated response filter format. Known from client code only; the parameter shape follows the generic pattern. */
            "response_filter_format.update": {
                params: components["schemas"]["ResponseFilterFormatParams"];
                result: components["schemas"]["ResponseFilterFormat"];
            };
            /** @description Deletes a response filter format by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "response_filter_format.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a response filter format without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. */
            "response_filter_format.validate": {
                params: components["schemas"]["ResponseFilterFormatParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Creates a service definition. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new service definition; some documented examples answer `true` instead. Known from client code only; the parameter shape follows the generic pattern. */
            "service_definition.create": {
                params: components["schemas"]["ServiceDefinitionParams"];
                result: components["schemas"]["ServiceDefinitionCreateResult"];
            };
            /** @description Looks up one service definition by numeric id (bare, or inside an object holding that field). Answers the service definition, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "service_definition.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["ServiceDefinitionFetchResult"];
            };
            /** @description Creates a service definition endpoint. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new service definition endpoint; some documented examples answer `true` instead. Known from client code only; the parameter shape follows the generic pattern. */
            "service_definition_endpoint.create": {
                params: components["schemas"]["ServiceDefinitionEndpointParams"];
                result: components["schemas"]["ServiceDefinitionEndpointCreateResult"];
            };
            /** @description Looks up one service definition endpoint by numeric id (bare, or inside an object holding that field). Answers the service definition endpoint, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "service_definition_endpoint.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["ServiceDefinitionEndpointFetchResult"];
            };
            /** @description Creates a service definition method. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new service definition method; some documented examples answer `true` instead. Known from client code only; the parameter shape follows the generic pattern. */
            "service_definition_method.create": {
                params: components["schemas"]["ServiceDefinitionMethodParams"];
                result: components["schemas"]["ServiceDefinitionMethodCreateResult"];
            };
            /** @description Looks up one service definition method by numeric id (bare, or inside an object holding that field). Answers the service definition method, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "service_definition_method.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["ServiceDefinitionMethodFetchResult"];
            };
            /** @description Changes a service definition method. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated service definition method. Known from client code only; the parameter shape follows the generic pattern. */
            "service_definition_method.update": {
                params: components["schemas"]["ServiceDefinitionMethodParams"];
                result: components["schemas"]["ServiceDefinitionMethod"];
            };
            /** @description Deletes a service definition method by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "service_definition_method.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a service definition method without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. */
            "service_definition_method.validate": {
                params: components["schemas"]["ServiceDefinitionMethodParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Creates a service definition response. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new service definition response; some documented examples answer `true` instead. Needs one of the roles Administrator or API Manager. */
            "service_definition_response.create": {
                params: components["schemas"]["ServiceDefinitionResponseParams"];
                result: components["schemas"]["ServiceDefinitionResponseCreateResult"];
            };
            /** @description Looks up one service definition response by numeric id (bare, or inside an object holding that field). Answers the service definition response, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator or API Manager. */
            "service_definition_response.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["ServiceDefinitionResponseFetchResult"];
            };
            /** @description Changes a service definition response. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated service definition response. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator or API Manager. */
            "service_definition_response.update": {
                params: components["schemas"]["ServiceDefinitionResponseParams"];
                result: components["schemas"]["ServiceDefinitionResponse"];
            };
            /** @description Deletes a service definition response by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator or API Manager. */
            "service_definition_response.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a service definition response without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. Needs one of the roles Administrator or API Manager. */
            "service_definition_response.validate": {
                params: components["schemas"]["ServiceDefinitionResponseParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Creates a I/O Docs definition. Undocumented and seen only in client code; parameters and result follow the generic create pattern by assumption. */
            "service_iodoc.create": {
                params: components["schemas"]["ServiceIodocParams"];
                result: components["schemas"]["ServiceIodocCreateResult"];
            };
            /** @description Creates a access rule. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new access rule; some documented examples answer `true` instead. Known from client code only; the parameter shape follows the generic pattern. */
            "access_rule.create": {
                params: components["schemas"]["AccessRuleParams"];
                result: components["schemas"]["AccessRuleCreateResult"];
            };
            /** @description Looks up one access rule by numeric id (bare, or inside an object holding that field). Answers the access rule, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "access_rule.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AccessRuleFetchResult"];
            };
            /** @description Changes a access rule. Send the primary identifier plus only the fields to change; omitted fields keep their values and read-only or create-only fields are ignored. Answers the whole updated access rule. Known from client code only; the parameter shape follows the generic pattern. */
            "access_rule.update": {
                params: components["schemas"]["AccessRuleParams"];
                result: components["schemas"]["AccessRule"];
            };
            /** @description Deletes a access rule by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "access_rule.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a access rule without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. */
            "access_rule.validate": {
                params: components["schemas"]["AccessRuleParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Creates a email template. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new email template; some documented examples answer `true` instead. Known from client code only; the parameter shape follows the generic pattern. */
            "email_template.create": {
                params: components["schemas"]["EmailTemplateParams"];
                result: components["schemas"]["EmailTemplateCreateResult"];
            };
            /** @description Looks up one email template by numeric id (bare, or inside an object holding that field). Answers the email template, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "email_template.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["EmailTemplateFetchResult"];
            };
            /** @description Deletes a email template by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "email_template.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a email template without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. */
            "email_template.validate": {
                params: components["schemas"]["EmailTemplateParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Creates a email template set. Fields left out get their defaults, unknown fields are dropped, and fields that `object.describe` flags as required must be present. Normally answers the new email template set; some documented examples answer `true` instead. Known from client code only; the parameter shape follows the generic pattern. */
            "email_template_set.create": {
                params: components["schemas"]["EmailTemplateSetParams"];
                result: components["schemas"]["EmailTemplateSetCreateResult"];
            };
            /** @description Looks up one email template set by numeric id (bare, or inside an object holding that field). Answers the email template set, or null when none matches. Known from client code only; the parameter shape follows the generic pattern. */
            "email_template_set.fetch": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["EmailTemplateSetFetchResult"];
            };
            /** @description Deletes a email template set by numeric id. Answers null — also when it did not exist — although some method pages show `true`. Known from client code only; the parameter shape follows the generic pattern. */
            "email_template_set.delete": {
                params: components["schemas"]["IdParams"];
                result: components["schemas"]["AcknowledgementResult"];
            };
            /** @description Checks the supplied fields of a email template set without saving anything. Answers true when they are all acceptable, otherwise fails with error 1000 and one entry per bad field. Rules spanning several fields or objects are not checked. Known from client code only; the parameter shape follows the generic pattern. */
            "email_template_set.validate": {
                params: components["schemas"]["EmailTemplateSetParams"];
                result: components["schemas"]["ValidationResult"];
            };
            /** @description Answers the current area (site). Undocumented; seen only in client code, which calls it without arguments. */
            "area.fetch": {
                params: components["schemas"]["EmptyParams"];
                result: components["schemas"]["Area"];
            };
        };
        /**
         * Format: date-time
         * @description ISO 8601 instant in UTC written as `YYYY-MM-DDThh:mm:ssZ`.
         * @example 2015-11-24T00:00:00Z
         */
        ReportTimestamp: string;
        /**
         * @description Unix time (seconds) at which the data was produced, a space, and the name of the report resource.
         * @example 1448956800 AreaCacheHitRate
         */
        AuditInfo: string;
        /** @description One row of a report whose columns are not documented. Every visible report carries the row window (`startDate`, `endDate`) and usually `auditInfo`; the metric columns vary per report and are passed through unchanged. */
        ReportRow: {
            /** @description Start of the window the row covers. */
            startDate?: components["schemas"]["ReportTimestamp"];
            /** @description End of the window the row covers. */
            endDate?: components["schemas"]["ReportTimestamp"];
            auditInfo?: components["schemas"]["AuditInfo"];
        } & {
            [key: string]: unknown;
        };
        /** @description Call outcome counts of one developer key on one service over the row window. */
        DeveloperCallStatusRow: {
            /** @description Start of the window the row covers. */
            startDate: components["schemas"]["ReportTimestamp"];
            /** @description End of the window the row covers. */
            endDate: components["schemas"]["ReportTimestamp"];
            /** @description Key of the service. */
            serviceKey: string;
            /** @description Developer key the counts belong to. */
            serviceDevKey: string;
            /** @description Number of calls that succeeded. */
            callStatusSuccessful: number;
            /** @description Number of calls Mashery blocked. */
            callStatusBlocked: number;
            /** @description Number of calls with any other outcome (known from client code). */
            callStatusOther?: number;
            auditInfo?: components["schemas"]["AuditInfo"];
        };
        /** @description Number of calls one developer key made to one API method over the row window. */
        DeveloperMethodCountRow: {
            /** @description Start of the window the row covers. */
            startDate: components["schemas"]["ReportTimestamp"];
            /** @description End of the window the row covers. */
            endDate: components["schemas"]["ReportTimestamp"];
            /** @description Key of the service. */
            serviceKey: string;
            /** @description Developer key the count belongs to. */
            serviceDevKey: string;
            /** @description Name of the API method as configured in Mashery. */
            apiMethod: string;
            /** @description Number of calls to the method. */
            methodCount: number;
            auditInfo: components["schemas"]["AuditInfo"];
        };
        /** @description Share of the area's calls answered from the Mashery cache over the row window. */
        CacheHitRateRow: {
            /** @description Start of the window the row covers. */
            startDate: components["schemas"]["ReportTimestamp"];
            /** @description End of the window the row covers. */
            endDate: components["schemas"]["ReportTimestamp"];
            /** @description Cache hit rate computed over the window. */
            rate: number;
            auditInfo: components["schemas"]["AuditInfo"];
        };
        /**
         * @description Machine-readable code of a Reporting API parameter error (HTTP 400).
         * @enum {string}
         */
        ReportingErrorCode: "ERR_INVALID_APIKEY" | "ERR_INVALID_DATE_RANGE_EXCEEDS_7_DAY_MAX" | "ERR_INVALID_END_DATE" | "ERR_INVALID_ERRORCODE_LIMIT" | "ERR_INVALID_FORMAT" | "ERR_INVALID_LIMIT" | "ERR_INVALID_METHOD_LIMIT" | "ERR_INVALID_SERVICE_DEV_KEY" | "ERR_INVALID_SERVICE_KEY" | "ERR_INVALID_SIG" | "ERR_INVALID_SITE_ID" | "ERR_INVALID_START_DATE";
        /** @description Body of a Reporting API 400 answer. Only the presence of an `errorcode` member is known (from client code); the `message` member carrying the documented text is an assumption. */
        ReportingError: {
            errorcode: components["schemas"]["ReportingErrorCode"];
            /** @description Human-readable explanation with the offending value filled in. */
            message?: string;
        };
        /**
         * @description One of the documented messages of the Mashery front door for HTTP 403.
         * @enum {string}
         */
        ProxyErrorMessage: "Forbidden" | "Not Authorized" | "Account Inactive" | "Account Over Queries Per Second Limit" | "Account Over Rate Limit" | "Rate Limit Exceeded";
        /** @description Body of a 403 answer from the Mashery front door (authentication, permission and throttling failures, for both the Reporting and the JSON-RPC API). The documented part is the message text; the exact body layout is not documented, so this object shape is an assumption (docs/adr/0009-mashery-403-body.md). The message comes at the top level and again inside an `error` object with code 403, which is where published JSON-RPC clients look for it. */
        ProxyError: {
            message?: components["schemas"]["ProxyErrorMessage"];
            /** @description The same refusal as a JSON-RPC-style error object. */
            error?: {
                /** @constant */
                code?: 403;
                message?: components["schemas"]["ProxyErrorMessage"];
            };
        };
    };
    responses: {
        /** @description A Reporting parameter was rejected. The `errorcode` names the parameter; see `x-error-codes` (kind `http400`). */
        ReportingBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ReportingError"];
            };
        };
        /** @description Refused by the Mashery front door: bad key or signature, missing permission, inactive key, or a throttle. The message tells which; see `x-error-codes` (kind `http403`). */
        Forbidden: {
            headers: {
                /** @description Machine-readable reason such as `ERR_403_NOT_AUTHORIZED`. Documented for Mashery-managed APIs in general; assumed to apply here too. */
                "X-Mashery-Error-Code"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProxyError"];
            };
        };
        /** @description The method rejected its input. The error object carries one of the documented codes 1000, 1001, 1002 or 1100 (see `x-error-codes`, kind `jsonrpc`). */
        JsonRpcBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JsonRpcErrorResponse"];
            };
        };
        /** @description The server failed to complete the call. The documented case is error 2003 Delete Failed, which Mashery logs for investigation. */
        JsonRpcServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JsonRpcErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
         * @example 789
         */
        SiteId: string;
        /**
         * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
         * @example p7a3kq9wmz2xv5ctn8hdr4uf
         */
        ServiceKey: string;
        /**
         * @description Developer key (apikey) of the developer to narrow the report to.
         * @example bq6nz4tw8kxm3ajd9rcv2sep
         */
        ServiceDevKey: string;
        /**
         * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
         * @example 2015-11-24T00:00:00Z
         */
        StartDate: components["schemas"]["ReportTimestamp"];
        /**
         * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
         * @example 2015-12-01T00:00:00Z
         */
        EndDate: components["schemas"]["ReportTimestamp"];
        /**
         * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Required for the area resources; must be before `end_date` and at most 7 days earlier.
         * @example 2015-11-24T00:00:00Z
         */
        AreaStartDate: components["schemas"]["ReportTimestamp"];
        /**
         * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Required for the area resources; must be after `start_date` and at most 7 days later.
         * @example 2015-12-01T00:00:00Z
         */
        AreaEndDate: components["schemas"]["ReportTimestamp"];
        /**
         * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
         * @example json
         */
        Format: "json" | "csv";
        /**
         * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
         * @example 50
         */
        Limit: number;
        /**
         * @description Maximum number of distinct error codes to report. A bad value fails with `ERR_INVALID_ERRORCODE_LIMIT`.
         * @example 10
         */
        ErrorcodeLimit: number;
        /**
         * @description Maximum number of distinct API methods to report. A bad value fails with `ERR_INVALID_METHOD_LIMIT`.
         * @example 10
         */
        MethodLimit: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCallsDeveloperActivityForService: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeveloperCallStatusRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsErrorcodesForService: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of distinct error codes to report. A bad value fails with `ERR_INVALID_ERRORCODE_LIMIT`.
                 * @example 10
                 */
                errorcode_limit?: components["parameters"]["ErrorcodeLimit"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsErrorcodesForServiceForDeveloper: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of distinct error codes to report. A bad value fails with `ERR_INVALID_ERRORCODE_LIMIT`.
                 * @example 10
                 */
                errorcode_limit?: components["parameters"]["ErrorcodeLimit"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
                /**
                 * @description Developer key (apikey) of the developer to narrow the report to.
                 * @example bq6nz4tw8kxm3ajd9rcv2sep
                 */
                service_dev_key: components["parameters"]["ServiceDevKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsErrorcountByDeveloperForService: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsErrorcountByMethodForService: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsGeolocationForService: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsGeolocationForServiceForDeveloper: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
                /**
                 * @description Developer key (apikey) of the developer to narrow the report to.
                 * @example bq6nz4tw8kxm3ajd9rcv2sep
                 */
                service_dev_key: components["parameters"]["ServiceDevKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsLatencyForService: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsLatencyByMethodForService: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of distinct API methods to report. A bad value fails with `ERR_INVALID_METHOD_LIMIT`.
                 * @example 10
                 */
                method_limit?: components["parameters"]["MethodLimit"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsLatencyByResponsecodeForService: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of distinct error codes to report. A bad value fails with `ERR_INVALID_ERRORCODE_LIMIT`.
                 * @example 10
                 */
                errorcode_limit?: components["parameters"]["ErrorcodeLimit"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsMedianVolumeByHourForService: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsMethodsForService: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of distinct API methods to report. A bad value fails with `ERR_INVALID_METHOD_LIMIT`.
                 * @example 10
                 */
                method_limit?: components["parameters"]["MethodLimit"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsMethodsForServiceForDeveloper: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
                /**
                 * @description Developer key (apikey) of the developer to narrow the report to.
                 * @example bq6nz4tw8kxm3ajd9rcv2sep
                 */
                service_dev_key: components["parameters"]["ServiceDevKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeveloperMethodCountRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsResponsesFromCacheForService: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsStatusForService: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsStatusForServiceForDeveloper: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
                /**
                 * @description Maximum number of rows to return. Bounds are not documented; a bad value fails with `ERR_INVALID_LIMIT`.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
                /**
                 * @description Key of the service to report on (its "Mashery API ID" from the service settings page).
                 * @example p7a3kq9wmz2xv5ctn8hdr4uf
                 */
                service_key: components["parameters"]["ServiceKey"];
                /**
                 * @description Developer key (apikey) of the developer to narrow the report to.
                 * @example bq6nz4tw8kxm3ajd9rcv2sep
                 */
                service_dev_key: components["parameters"]["ServiceDevKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeveloperCallStatusRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAreaCacheHitRate: {
        parameters: {
            query: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Required for the area resources; must be before `end_date` and at most 7 days earlier.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date: components["parameters"]["AreaStartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Required for the area resources; must be after `start_date` and at most 7 days later.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date: components["parameters"]["AreaEndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CacheHitRateRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAreaCountApplicationsCreated: {
        parameters: {
            query: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Required for the area resources; must be before `end_date` and at most 7 days earlier.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date: components["parameters"]["AreaStartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Required for the area resources; must be after `start_date` and at most 7 days later.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date: components["parameters"]["AreaEndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAreaCountKeysDistributed: {
        parameters: {
            query: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Required for the area resources; must be before `end_date` and at most 7 days earlier.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date: components["parameters"]["AreaStartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Required for the area resources; must be after `start_date` and at most 7 days later.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date: components["parameters"]["AreaEndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAreaCountMembersRegistered: {
        parameters: {
            query: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Required for the area resources; must be before `end_date` and at most 7 days earlier.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date: components["parameters"]["AreaStartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Required for the area resources; must be after `start_date` and at most 7 days later.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date: components["parameters"]["AreaEndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAreaDataServed: {
        parameters: {
            query: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Required for the area resources; must be before `end_date` and at most 7 days earlier.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date: components["parameters"]["AreaStartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Required for the area resources; must be after `start_date` and at most 7 days later.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date: components["parameters"]["AreaEndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAreaQpsRate: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAreaPlatformLatencyPercentileNinetyFive: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsQpsForArea: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsQpsForDeveloper: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsQpsForEndpoint: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsCountsChangeOverTime: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getKeysUsageConsistency: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    getPercentageCommunicationAvailability: {
        parameters: {
            query?: {
                /**
                 * @description Oldest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ` (URL-encode it). Must be before `end_date` and at most 7 days earlier. Defaults to 7 days before `end_date`.
                 * @example 2015-11-24T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description Newest instant to include, as an ISO 8601 UTC date-time `YYYY-MM-DDThh:mm:ssZ`. Must be after `start_date` and at most 7 days later. Defaults to 00:00 UTC of the current day.
                 * @example 2015-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Output format. The API answers CSV when this is omitted; the generated client sends `json` by default so that responses parse into row objects.
                 * @example json
                 */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report rows. JSON when `format=json` (what this client sends by default), CSV otherwise — CSV is the server default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRow"][];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ReportingBadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    callJsonRpc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric Mashery site (area) id from the bottom of the Dashboard. Bound by the client; callers do not pass it.
                 * @example 789
                 */
                site_id: components["parameters"]["SiteId"];
            };
            cookie?: never;
        };
        /** @description The JSON-RPC call. Send it with `Content-Type: application/json`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JsonRpcRequest"];
            };
        };
        responses: {
            /** @description The call was processed. The envelope version mirrors the request; `result` has the shape given for the method in `RpcMethods`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonRpcResponse"];
                };
            };
            400: components["responses"]["JsonRpcBadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["JsonRpcServerError"];
        };
    };
}
