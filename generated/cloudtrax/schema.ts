// Generated from specs/cloudtrax by scripts/pipeline/types.ts. Do not edit.

export interface paths {
    "/account/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 3021
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Edit account
         * @description Renames the account. Only `name` is documented. Which keys or roles may call this is not stated; an account-level caller (account owner or admin) is assumed.
         */
        put: operations["updateAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/user/{userId}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 3021
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Edit account owner
         * @description Makes the given user the owner of the account. The body is an empty object. The new owner must be able to log in (error 20047) and the caller presumably must be the current owner (error 20040); the allowed keys are not documented.
         */
        put: operations["setAccountOwner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with username and password
         * @description Exchanges a user's username and password for an API key pair (account or network key) and its secret. Must be signed with an application key. `expire` is a Unix timestamp.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/credential/{networkId}/embed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Create embed credentials
         * @description Creates (despite the GET method) a limited key/secret pair for embedding parts of the dashboard of one network in another web site. The docs do not name the allowed keys per call; account or network keys are assumed.
         */
        get: operations["createEmbedCredentials"];
        put?: never;
        post?: never;
        /**
         * Delete embed credentials
         * @description Revokes the embed credentials of the network. Success is reported as status element 14001; failure as error 14002.
         */
        delete: operations["deleteEmbedCredentials"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/service_agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get service agreement status
         * @description Tells whether the holder of the account or network key has accepted the latest service agreement.
         */
        get: operations["getServiceAgreementStatus"];
        /**
         * Accept service agreement
         * @description Records that the key holder accepts the latest service agreement. No request body is needed. Answers status element 1009.
         */
        put: operations["acceptServiceAgreement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/auditlogs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 3021
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List audit log events
         * @description Lists audited changes of selected settings in the account. The provider's example shows an empty JSON object as input, which a GET cannot carry; no body is modelled. Allowed keys/roles are not documented.
         */
        get: operations["listAuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a user
         * @description Returns a user's profile, account role and resource permissions; meant for administrators. Allowed account roles: Account Admin, Group Manager. Errors named by the docs: 30002, 20004, 20038.
         */
        get: operations["getUser"];
        /**
         * Edit a user
         * @description Changes a user's name and/or notes. Allowed account roles: Account Admin, Group Manager. Errors named by the docs: 30002, 20000, 20038.
         */
        put: operations["updateUser"];
        post?: never;
        /**
         * Delete a user
         * @description Permanently removes a user with its permissions and API keys. Allowed account roles: Account Admin, Group Manager. Errors named by the docs: 30002, 20004, 20038, 20029.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Disable a user
         * @description Blocks the user from logging in and calling the API. Profile and permissions are kept; the user's API keys are deleted. Allowed account roles: Account Admin, Group Manager. Errors named by the docs: 30002, 20038, 20029.
         */
        put: operations["disableUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/{userId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Enable a user
         * @description Lets a disabled user log in and call the API again with the previous permissions; new API keys must be created. Allowed account roles: Account Admin, Group Manager. Errors named by the docs: 30002, 20038, 20029.
         */
        put: operations["enableUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/{userId}/key": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an API key for a user
         * @description Creates a user API key with the same permissions as the user when logged in. At most 10 such keys per user (error 20044). Store `key` immediately: it cannot be read again. Allowed account roles: Account Admin, Group Manager, Network User. Errors named by the docs: 30002, 20004, 20038, 20044.
         */
        post: operations["createUserKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an API key for the requesting user
         * @description Same as creating a key for a given user, but for the user making the request. At most 10 keys per user; `key` is only returned once. Allowed account roles: Account Admin, Group Manager, Network User.
         */
        post: operations["createOwnUserKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/{userId}/key/list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List a user's API keys
         * @description Lists the API keys created for the user through the key-creation operations. The `key` values are never returned. Allowed account role: Account Admin only. Errors named by the docs: 30002, 20004, 20038.
         */
        get: operations["listUserKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/{userId}/key/{userKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
                /**
                 * @description Id of a user API key (`user_key_id`).
                 * @example 904
                 */
                userKeyId: components["parameters"]["UserKeyId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a user's API key
         * @description Deletes one API key of the given user. Allowed account role: Account Admin only. Errors named by the docs: 30002, 20004, 20038, 20043 (key belongs to another user).
         */
        delete: operations["deleteUserKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/key/{userKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of a user API key (`user_key_id`).
                 * @example 904
                 */
                userKeyId: components["parameters"]["UserKeyId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an API key of the requesting user
         * @description Deletes one API key of the user making the request. The docs list only Account Admin as the permitted account role here too.
         */
        delete: operations["deleteOwnUserKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a user
         * @description Adds a user to the requester's account and returns a token used to verify the new user. Allowed account roles: Account Admin, Group Manager. Errors named by the docs: 30002, 20000, 20010, 20012, 20014, 20015, 20029, 20036. Which body members are mandatory is not stated.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists the users of the requester's account. Allowed account roles: Account Admin, Group Manager. Error named by the docs: 30002.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/{userId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change the requester's password
         * @description Changes the password of the requesting user; only that user may call it. API-only users cannot have passwords (20045). Errors named by the docs: 20003, 20004, 20029, 20030, 20038, 20045.
         */
        put: operations["updateUserPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/{userId}/password_set": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a password reset token
         * @description Creates a token an administrator gives to a user so the user can pick a new password without the administrator seeing it. At most 10 tokens per user. Allowed account roles: Account Admin, Group Manager. Errors named by the docs: 30002, 20004, 20029, 20033, 20038, 20045.
         */
        post: operations["createPasswordResetToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/{userId}/network/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Get the requester's role on a network
         * @description Returns the role id the requesting user holds on the network; only that user may call it. Errors named by the docs: 12047, 20029.
         */
        get: operations["getUserNetworkRole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/{userId}/account": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get the requester's account role
         * @description Returns the account and the account role of the requesting user; only that user may call it. Errors named by the docs: 30002, 20004, 20038, 20043.
         */
        get: operations["getUserAccountRole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/{userId}/service_agreement": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get the requester's service agreement status
         * @description Tells whether the requesting user has accepted the service agreement; only that user may call it. Error named by the docs: 20029.
         */
        get: operations["getUserServiceAgreementStatus"];
        /**
         * Accept the service agreement as the requester
         * @description Records the requesting user's acceptance of the service agreement; only that user may call it. Error named by the docs: 20029.
         */
        put: operations["acceptUserServiceAgreement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network/{networkId}/user/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Grant a user a role on a network
         * @description Gives the user the stated role on the network. Allowed account roles: Account Admin, Group Manager; resource role needed: Network Editor. Errors named by the docs: 12047, 20000, 20016, 20018, 20027.
         */
        put: operations["grantNetworkPermission"];
        post?: never;
        /**
         * Revoke a user's role on a network
         * @description Removes the user's permission on the network. Allowed account roles: Account Admin, Group Manager; resource role needed: Network Editor. Errors named by the docs: 30002, 20019, 20020, 40006 (the docs list the network-group variants of these codes here as well).
         */
        delete: operations["revokeNetworkPermission"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networkgroup/{networkgroupId}/user/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network group id.
                 * @example 14
                 */
                networkgroupId: components["parameters"]["NetworkGroupId"];
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Grant a user a role on a network group
         * @description Gives the user the stated role on every network of the group. Allowed account roles: Account Admin, Group Manager; resource role needed: Network Editor. Errors named by the docs: 30002, 20000, 20016, 20017, 20027, 40006.
         */
        put: operations["grantNetworkGroupPermission"];
        post?: never;
        /**
         * Revoke a user's role on a network group
         * @description Removes the user's permission on the network group. Allowed account roles: Account Admin, Group Manager; resource role needed: Network Editor. Errors named by the docs: 30002, 20019, 20020, 40006.
         */
        delete: operations["revokeNetworkGroupPermission"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/network/{networkId}/block": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * List blocked clients
         * @description Returns every blocked client device of the network, keyed by MAC address. Devices that have not been seen recently report empty strings and zeroes.
         */
        get: operations["listBlockedClients"];
        /**
         * Block or unblock clients
         * @description Blocks (`block: 1`) or unblocks the listed clients, identified by their `cid`. The docs only show blocking; `block: 0` for unblocking is assumed. Success is HTTP 200; no body is documented.
         */
        put: operations["setClientsBlocked"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/network/{networkId}/edit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Override client names
         * @description Sets display names for client devices, identified by `cid`. Success is HTTP 200; no body is documented. Errors 11000-11002 (empty list, id 0, empty name) appear to belong here.
         */
        put: operations["renameClients"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/history/network/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Get network traffic history
         * @description Traffic per SSID for the whole network over the period, as time slices (`rows`), plus client counts per SSID. Each row is a two-element array `[timestamp, data]`. The docs' second sample row puts `users` inside `traffic`; the first row's layout (`users` next to `traffic`) is the one modelled. The docs also describe an `all` client count that their example omits.
         */
        get: operations["getNetworkHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/history/network/{networkId}/clients": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Get traffic history of all clients
         * @description Every client seen on the network during the period with its traffic totals per SSID. Each list element is an object with a single member keyed by the client MAC. Note the types differ from the client collection: `blocked` is 0/1 and `channel_width` is a string here.
         */
        get: operations["getClientsHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/history/network/{networkId}/client/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
                /**
                 * @description Client id (`cid`), an opaque string (numeric in the history examples, base64url text elsewhere).
                 * @example 40917
                 */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /**
         * Get traffic history of one client
         * @description Upload/download rates per SSID of one client over the period.
         */
        get: operations["getClientHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/history/network/{networkId}/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Get traffic history of all nodes
         * @description For each node of the network: traffic per SSID over the last 24 hours, mesh speed samples (absent for gateways) and check-ins (an entry without `status` marks an outage). Each list element is an object with a single member keyed by node id.
         */
        get: operations["getNodesHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/history/network/{networkId}/node/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        /**
         * Get traffic history of one node
         * @description Upload/download rates per SSID of one node, sampled every 5 minutes over the period.
         */
        get: operations["getNodeHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networkgroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a network group
         * @description Creates an empty network group. Allowed account roles: Account Admin, Group Manager. Errors named by the docs: 30002, 40008.
         */
        post: operations["createNetworkGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networkgroup/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List network groups
         * @description Lists the network groups the requester can access, with the role the requester holds on each. Allowed account roles: Account Admin, Group Manager, Network User. No specific errors are documented.
         */
        get: operations["listNetworkGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networkgroup/{networkgroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network group id.
                 * @example 14
                 */
                networkgroupId: components["parameters"]["NetworkGroupId"];
            };
            cookie?: never;
        };
        /**
         * Get a network group
         * @description Returns the group with the networks it contains. Allowed account roles: Account Admin, Group Manager; resource role needed: Network Editor. Errors named by the docs: 30002, 40003, 40006.
         */
        get: operations["getNetworkGroup"];
        /**
         * Rename a network group
         * @description Changes the group's name. Allowed account roles: Account Admin, Group Manager; resource role needed: Network Editor. Errors named by the docs: 30002, 40003, 40006, 40008.
         */
        put: operations["updateNetworkGroup"];
        post?: never;
        /**
         * Delete a network group
         * @description Deletes an empty group; move or remove its networks first (40004). Allowed account roles: Account Admin, Group Manager; resource role needed: Network Editor. Errors named by the docs: 30002, 40006, 40004.
         */
        delete: operations["deleteNetworkGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networkgroup/{networkgroupId}/network/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network group id.
                 * @example 14
                 */
                networkgroupId: components["parameters"]["NetworkGroupId"];
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Move a network into a network group
         * @description Makes the group the network's group. The requester needs Network Editor rights on the network, its current group and the new group. The provider's endpoint table and example use PUT while the section heading says POST; PUT is modelled. Allowed account roles: Account Admin, Group Manager, Network User. Errors named by the docs: 12000, 12047, 30002, 40006.
         */
        put: operations["moveNetworkToGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a network
         * @description Creates a network owned by the caller and returns its id. Needs an account key. Required: `name`, `password` (8+ characters), `timezone` and the country. The docs' prose calls the country member `country` while their examples send `country_code`; `country_code` is modelled. Validation failures come back as 403 with one error per problem (e.g. 12001 and 12005 together).
         */
        post: operations["createNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network/networkgroup/{networkgroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network group id.
                 * @example 14
                 */
                networkgroupId: components["parameters"]["NetworkGroupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a network inside a network group
         * @description Variant of network creation that places the new network in the given network group. It appears only as a second example request in the provider's create-network section (on api-v2) and is not in its endpoint table; body and result are assumed to match plain network creation. Callers are users of the new user system.
         */
        post: operations["createNetworkInGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a network
         * @description Deletes the network. Answers status element 1009. An account key is assumed to be required.
         */
        delete: operations["deleteNetwork"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search networks by name
         * @description Finds the caller's networks whose name matches a SQL LIKE pattern (`%` is the wildcard and must be URL-encoded as `%25`). An account key is assumed to be required.
         */
        get: operations["searchNetworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List networks
         * @description Lists the networks the caller can reach (one for a network key) with node counts and location; an empty list when there are none. The provider documents this call on both api and api-v2; api-v2 adds group and role members. Its example shows a string for `role_id`, taken to be a copy error: an integer is modelled. Without authentication the call fails with 13001.
         */
        get: operations["listNetworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network/{networkId}/allowed_channels": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Get allowed channels of a network
         * @description Channels and HT modes permitted for the network's country, or for the country given in `country`.
         */
        get: operations["getNetworkAllowedChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network/{networkId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Get network settings
         * @description Returns the whole settings document: network-wide groups and the groups of every SSID. Real responses use the spellings of the provider's full example (`network_name`, nested `channel`/`ht_mode`, `nas_id`, `enable_swapoctets`), which differ from its settings tables; the schema accepts both.
         */
        get: operations["getNetworkSettings"];
        /**
         * Update network settings
         * @description Partial update: only the settings present in the body change. Each setting must be addressed by its full path (e.g. `network.general.location`); a path that does not exist is silently ignored and the call still answers 1009, so check the result with a GET. SSIDs are addressed by their key `"1"`-`"4"`; key `"0"` creates a new SSID. Validation errors use codes 12001-12030.
         */
        put: operations["updateNetworkSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network/{networkId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a splash-page file
         * @description Stores a splash-page asset (page, image or other file, base64 encoded) of one SSID in the provider's S3 storage and returns its id and address. The provider's example body lacks the enclosing braces; a normal JSON object is modelled. Errors named by the docs: 12024, 12025, 12026, 12027, 12030.
         */
        post: operations["uploadNetworkFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network/{networkId}/file/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
                /**
                 * @description Id of an uploaded splash-page file.
                 * @example 168
                 */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a splash-page file
         * @description Removes a stored splash-page file. The docs promise HTTP 200; their remark that the id and S3 address are returned is copied from the upload section and is not relied on, so the body is left unspecified. Errors named by the docs: 12028, 12029.
         */
        delete: operations["deleteNetworkFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/node/network/{networkId}/list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * List nodes of a network
         * @description Returns the network's access points keyed by node id. Repeaters carry their selected gateway, mesh neighbours and gateway path; gateways carry their LAN/WAN addresses.
         */
        get: operations["listNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/node/network/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a node to a network
         * @description Adds an access point (at least `mac` and `name`) and returns its id. Adding a MAC already present in this network fails (17000). With an account ("master") key, a MAC that belongs to another of the account's networks is moved here when `confirm_transfer` is true; without it the call fails (17001); a MAC owned elsewhere fails (17002). Malformed MACs give 1008. The node docs' example sends `confirm_transfer` as the string `"true"`; a boolean is modelled, as in the switch and power-strip docs.
         */
        post: operations["createNode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/node/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        /**
         * Get a node
         * @description Full details of one access point. Error named by the docs for unknown nodes is 1007.
         */
        get: operations["getNode"];
        /**
         * Update a node
         * @description Changes only the members present in the body (the docs demonstrate `description`). Answers status element 1009.
         */
        put: operations["updateNode"];
        post?: never;
        /**
         * Delete a node
         * @description Removes the access point from its network. Answers status element 1009; the docs' example reports the context `update_node` even for a deletion, so the context should not be relied on. Failure: 17003.
         */
        delete: operations["deleteNode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/node/{nodeId}/reboot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        /**
         * Reboot a node
         * @description Asks the access point to reboot. The docs describe the output as "in flux"; no body is specified. Failure: 17004.
         */
        get: operations["rebootNode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/node/{nodeId}/allowed_channels": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        /**
         * Get allowed channels of a node
         * @description Channels and HT modes the access point may use in its stored country, or in `country`. The provider's endpoint table and heading write the path with a hyphen (`/allowed-channels`) while its example request uses an underscore (`/allowed_channels`), as does the network-level endpoint; the underscore form is modelled.
         */
        get: operations["getNodeAllowedChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/node/{nodeId}/reset_encrypt_key": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        /**
         * Reset a node's encryption key
         * @description Resets the key the access point uses, needed before it can be paired again. Output not documented. Failure: 17005.
         */
        get: operations["resetNodeEncryptionKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/node/{nodeId}/enable_pairing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        /**
         * Enable pairing for a node
         * @description Allows the access point to pair with the network again (normally automatic; useful after re-flashing). Output not documented. Failure: 17006.
         */
        get: operations["enableNodePairing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/node/{nodeId}/expedite_upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        /**
         * Expedite a node's firmware upgrade
         * @description Upgrades the access point as soon as possible instead of waiting for the maintenance window (when upgrades are enabled). Output not documented. Failure: 17007.
         */
        get: operations["expediteNodeUpgrade"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/node/does_mac_exist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check whether a MAC is already registered
         * @description Tells whether an access point with this MAC is already known, e.g. to validate a MAC typed in before the device is installed. Malformed MACs give 1008.
         */
        get: operations["checkNodeMacExists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/switch/network/{networkId}/list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * List switches of a network
         * @description Returns every switch of the network with its PoE budget and summary information.
         */
        get: operations["listSwitches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/switch/network/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a switch to a network
         * @description Adds a switch and returns its id. MAC handling follows the node rules: a duplicate in this network fails; with an account ("master") key and `confirm_transfer: true` a switch from another network of the account is moved here; otherwise it fails. The MAC error codes 17000-17002 are assumed to apply by analogy with nodes.
         */
        post: operations["createSwitch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/switch/{switchId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        /**
         * Get a switch
         * @description Full configuration and state of one switch, including every port.
         */
        get: operations["getSwitch"];
        /**
         * Update a switch
         * @description Changes the given parts of the switch configuration (boot partition, ports identified by `id`, name and description). VLAN lists are normalised into ranges by the server. The success body is not documented.
         */
        put: operations["updateSwitch"];
        post?: never;
        /**
         * Delete a switch
         * @description Removes the switch from its network. Success is HTTP 200; the body is not documented.
         */
        delete: operations["deleteSwitch"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/switch/{switchId}/reboot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        /**
         * Reboot a switch
         * @description Reboots the switch. Success is HTTP 200; the body is not documented.
         */
        get: operations["rebootSwitch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/switch/{switchId}/port/{portNumber}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
                /**
                 * @description Port label as reported in the switch's `ports[].id` (e.g. `1`, `F1`, `trunk1`).
                 * @example 1
                 */
                portNumber: components["parameters"]["SwitchPortNumber"];
            };
            cookie?: never;
        };
        /**
         * Reset a switch port
         * @description Resets one port (power-cycling it, presumably). The docs call the path segment a port number and use `1` in their example; since switch ports are labelled with strings such as `F1` or `trunk1`, the parameter is a string. Success body not documented.
         */
        get: operations["resetSwitchPort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/switch/{switchId}/enable_pairing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        /**
         * Enable pairing for a switch
         * @description Allows the switch to pair with the network again. Success body not documented.
         */
        get: operations["enableSwitchPairing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/switch/{switchId}/expedite_upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        /**
         * Expedite a switch's firmware upgrade
         * @description Upgrades the switch outside the maintenance window, unless upgrades are disabled. Success body not documented.
         */
        get: operations["expediteSwitchUpgrade"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/switch/network/{networkId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Get switch settings of a network
         * @description Whether the network's switches upgrade automatically and which firmware each switch model runs (a list of single-member objects keyed by model).
         */
        get: operations["getSwitchNetworkSettings"];
        /**
         * Update switch settings of a network
         * @description Turns automatic switch upgrades on or off and selects firmware tags per model. Here `firmware` is one object keyed by model name (the read form is a list); the docs' field table types it as a string, contradicting their example, which is followed. Success body not documented.
         */
        put: operations["updateSwitchNetworkSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/switch/network/{networkId}/allowed_firmware": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * List allowed switch firmware
         * @description Firmware builds that may be selected for the network's switches, per model.
         */
        get: operations["listSwitchAllowedFirmware"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/switch/{switchId}/snmp_traps": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        /**
         * Get SNMP traps of a switch
         * @description SNMP trap receivers configured on the switch.
         */
        get: operations["getSwitchSnmpTraps"];
        /**
         * Update SNMP traps of a switch
         * @description Replaces the trap receivers of the switch. The docs show only `host` and `community_name` in the body; the success body is not documented.
         */
        put: operations["updateSwitchSnmpTraps"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/switch/{switchId}/acl": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        /**
         * Get ACLs of a switch
         * @description MAC and IPv4 access-control lists and their entries. The provider's endpoint table lists this as GET, while the section heading and example use POST, which would clash with ACL creation; GET is modelled.
         */
        get: operations["getSwitchAcls"];
        /**
         * Update ACLs of a switch
         * @description Changes access-control lists and/or entries (entries identified by `id`). The success body is not documented.
         */
        put: operations["updateSwitchAcls"];
        /**
         * Create ACLs of a switch
         * @description Adds access-control lists and/or entries. The success body is not documented.
         */
        post: operations["createSwitchAcls"];
        /**
         * Delete ACLs of a switch
         * @description Deletes the access-control lists and/or entries named in the JSON body (a DELETE with a body). The docs do not say how such a body is signed; under this document's rule it is appended to the signed message like a POST/PUT body. The success body is not documented.
         */
        delete: operations["deleteSwitchAcls"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/powerstrip/network/{networkId}/list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * List power strips of a network
         * @description Returns every power strip of the network with its state.
         */
        get: operations["listPowerStrips"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/powerstrip/network/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a power strip to a network
         * @description Adds a power strip and returns its id. `confirm_transfer` moves a strip from another network of the account, as for nodes and switches.
         */
        post: operations["createPowerStrip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/powerstrip/{powerstripId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
            };
            cookie?: never;
        };
        /**
         * Get a power strip
         * @description Full details of one power strip including ports, schedules and connection checks.
         */
        get: operations["getPowerStrip"];
        /**
         * Update a power strip
         * @description Writes the strip's configuration: flags, connection-check behaviour, ports, schedules (without ids) and connection checks. The success body is not documented.
         */
        put: operations["updatePowerStrip"];
        post?: never;
        /**
         * Delete a power strip
         * @description Removes the power strip from its network. Success is HTTP 200; the body is not documented.
         */
        delete: operations["deletePowerStrip"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/powerstrip/{powerstripId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
            };
            cookie?: never;
        };
        /**
         * Get power usage of a power strip
         * @description Power, voltage and current per port over the period (same period values as the history collection).
         */
        get: operations["getPowerStripUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/powerstrip/{powerstripId}/checkin": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
            };
            cookie?: never;
        };
        /**
         * Make a power strip check in
         * @description Asks the power strip to check in with the cloud. Success is HTTP 200; failures are 4xx; no body is documented.
         */
        get: operations["checkInPowerStrip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/powerstrip/{powerstripId}/reboot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
            };
            cookie?: never;
        };
        /**
         * Reboot a power strip
         * @description Reboots the power strip. Success is HTTP 200; failures are 4xx; no body is documented.
         */
        get: operations["rebootPowerStrip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/powerstrip/{powerstripId}/enable_pairing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
            };
            cookie?: never;
        };
        /**
         * Pair a power strip
         * @description Lets the power strip pair with the cloud. The provider's section heading repeats the check-in path, while its endpoint table and example request use `/enable_pairing`, which is modelled. Success is HTTP 200; no body is documented.
         */
        get: operations["enablePowerStripPairing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/powerstrip/{powerstripId}/port/{portNumber}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
                /**
                 * @description Outlet number (`port_id`), starting at 1.
                 * @example 1
                 */
                portNumber: components["parameters"]["PowerStripPortNumber"];
            };
            cookie?: never;
        };
        /**
         * Reset a power strip port
         * @description Power-cycles one outlet of the strip. Success body not documented.
         */
        get: operations["resetPowerStripPort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/powerstrip/network/{networkId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Get power-strip settings of a network
         * @description Power-button, mesh, automatic-upgrade and firmware-tag settings shared by the network's power strips.
         */
        get: operations["getPowerStripNetworkSettings"];
        /**
         * Update power-strip settings of a network
         * @description Changes any of the four settings (all optional). Success is HTTP 200; no body is documented.
         */
        put: operations["updatePowerStripNetworkSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/powerstrip/network/{networkId}/expedite_upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Expedite firmware upgrade of a network's power strips
         * @description Upgrades every power strip of the network outside the maintenance window, unless upgrades are disabled. (The provider's table writes the placeholder as `<networkid-id>`, a typo for the network id.) Success body not documented.
         */
        get: operations["expeditePowerStripUpgrade"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/powerstrip/network/{networkId}/firmware_versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * List allowed power-strip firmware
         * @description Firmware tags that may be selected for the network's power strips.
         */
        get: operations["listPowerStripFirmwareVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitesurvey/network/{networkId}/scan": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Start a neighbour scan
         * @description Asks the network's access points to scan for neighbouring access points. Results reach the server with the next check-in, usually within five minutes; read them with the survey-results operation.
         */
        get: operations["startSiteSurveyScan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitesurvey/network/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Get neighbour scan results
         * @description Results of the last scan started with the scan operation.
         */
        get: operations["getSiteSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get server time
         * @description Returns the server clock (UTC) so a client without a reliable time source can correct its timestamps; requests more than 15 minutes off are rejected with 13002. The call is signed like every other one (the provider's overview requires signatures on all calls and its JavaScript sample signs it); the docs do not restrict the key type, so any of the three kinds is listed. Whether the 15-minute window applies to this call itself is not stated; as it is the documented remedy for clock skew, it is assumed not to (a client with a wrong clock can still read the time).
         */
        get: operations["getServerTime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voucher/network/{networkId}/list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * List vouchers of a network
         * @description Every voucher of the network with status and usage. Deleted, expired and cancelled vouchers stay listed until their `purge_days` have passed.
         */
        get: operations["listVouchers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voucher/network/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        /**
         * Get one voucher
         * @description Returns the single voucher whose code is given (URL-encoded) in `code`.
         */
        get: operations["getVoucher"];
        put?: never;
        /**
         * Create vouchers
         * @description Creates one voucher per element of `desired_vouchers`. A blank `code` lets the server generate one; user-chosen codes are limited to 16 characters (16004). Here `up_limit`/`down_limit` are described as the total for all devices sharing the voucher (the update operation describes them per device). The success body is not documented.
         */
        post: operations["createVouchers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voucher/network/{networkId}/update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update vouchers
         * @description Overwrites the settings of the listed vouchers, identified by `code`. All members except `comment` are required; an omitted comment is cleared. Success is HTTP 200 with no body. If some vouchers cannot be updated the answer is 400 listing them; if any voucher does not belong to the network the answer is 403 and nothing is changed. The section heading shows the path without `/update`, but the endpoint table and the example request include it; `/update` is modelled. Here `up_limit`/`down_limit` are described as per-device limits.
         */
        put: operations["updateVouchers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voucher/network/{networkId}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
                /**
                 * @description Action applied to every listed voucher.
                 * @example reset
                 */
                action: components["parameters"]["VoucherAction"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Apply an action to several vouchers
         * @description Applies `restore` (undelete), `renew` (undelete, restart the creation date and the first-use date if used), `reset` (undelete, drop users, restart the creation date and clear first use) or `delete` (mark deleted) to every listed voucher code. If any voucher does not belong to the network the answer is 403 and nothing is changed; other failures give 400. The docs say the affected vouchers are returned on success without showing the shape (assumed: a `vouchers` list). The section heading writes the path as `/network/{networkId}/{action}`; the table and example use `/voucher/network/{networkId}/{action}`, which is modelled.
         */
        put: operations["applyVoucherAction"];
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
        /** @description One problem reported by the API. `message` is an English text built from a template in which `$name$` placeholders are replaced by the entries of `values`. */
        ErrorElement: {
            /**
             * @description Numeric error code; see the `x-error-codes` catalogue at the document root.
             * @example 12005
             */
            code: number;
            /** @description Where the problem was detected, usually a field name (e.g. `country_code`) or an operation (e.g. `authorize`). */
            context?: string;
            /** @description Human-readable text suitable for display. */
            message: string;
            /** @description Substitution values used to build `message`, keyed by placeholder name. The values are sent as strings even when they look numeric. Often empty. */
            values?: {
                [key: string]: string;
            };
        };
        /** @description Body of every documented non-2xx response; holds one or more error elements. */
        ErrorEnvelope: {
            errors: components["schemas"]["ErrorElement"][];
        };
        /** @description Non-error status element returned at the top level (not inside `errors`) by legacy operations that have no other output. Code 1009 ("Success.") is the usual value; deleting embed credentials answers 14001 instead. Some operations add an empty `details` string. */
        StatusElement: {
            /**
             * @description 1009 for generic success; 14001 for a successful embed-credential deletion.
             * @example 1009
             */
            code: number;
            /** @description Text of the status, e.g. `Success.` */
            message: string;
            /** @description Name of the operation that produced the status, e.g. `update_node` or `settings_put`. */
            context?: string;
            /** @description Extra text; the docs only ever show an empty string. */
            details?: string;
            /** @description Template values; empty in every documented example. */
            values?: {
                [key: string]: string;
            };
        };
        /** @description An empty JSON object. The user-system operations answer `{}` on success; it is also used where the docs only promise HTTP 200 without showing a body (see the operation's `x-inferred` flag). */
        EmptyObject: Record<string, unknown>;
        /**
         * @description Channel width / HT mode of a radio.
         * @enum {string}
         */
        HtMode: "HT20" | "HT40+" | "HT40-" | "HT80+" | "HT80-" | "HT160+" | "HT160-";
        /** @description An integer per radio band (e.g. channel number or RSSI), keyed by band. */
        BandIntegers: {
            "2_4GHz"?: number;
            "5GHz"?: number;
        };
        /** @description A string per radio band (e.g. HT mode), keyed by band. */
        BandStrings: {
            "2_4GHz"?: string;
            "5GHz"?: string;
        };
        /** @description One channel a radio may use, with the HT modes permitted on it. */
        AllowedChannel: {
            channel: number;
            ht_modes: components["schemas"]["HtMode"][];
        };
        /** @description Channels permitted for a regulatory domain, grouped by band. A band may be absent (e.g. on single-band hardware). */
        AllowedChannels: {
            channels: {
                "2_4GHz"?: components["schemas"]["AllowedChannel"][];
                "5GHz"?: components["schemas"]["AllowedChannel"][];
            };
        };
        /** @description End-of-sale / end-of-life dates of the device model. `null` when the model has no such dates; an object whose members are `null` when the model is ambiguous; otherwise RFC 3339 date strings. */
        Lifecycle: {
            /** Format: date-time */
            end_of_sale?: string | null;
            /** Format: date-time */
            end_of_life?: string | null;
        } | null;
        /** @description Subscription attached to the device, or `null` when there is none. */
        Subscription: {
            is_active: boolean;
            /** Format: date-time */
            start_date: string;
            /**
             * Format: date-time
             * @description Absent (`null`) for evergreen subscriptions.
             */
            end_date: string | null;
            /**
             * @description `monthly` for evergreen subscriptions, `yearly` for fixed terms.
             * @enum {string}
             */
            term: "monthly" | "yearly";
            /** @description Length of the term in months (1 for evergreen, e.g. 12 or 36 for fixed terms). */
            term_length: number;
            /** @description True when the subscription renews monthly without an end date. */
            is_evergreen: boolean;
        } | null;
        /** @description An API key and the secret used to sign requests made with it. */
        KeySecretPair: {
            key: string;
            secret: string;
        };
        /** @description Whether the latest service agreement has been accepted. */
        ServiceAgreementStatus: {
            valid: boolean;
        };
        /** @description Fields of an account that can be changed. Only `name` is documented. */
        AccountUpdate: {
            /** @description New display name of the account (must be unique; see errors 50002/50003). */
            name?: string;
        };
        /** @description The owner change carries no fields; the docs send an empty object. */
        AccountOwnerChange: Record<string, unknown>;
        /** @description Credentials of the user logging in. */
        LoginRequest: {
            username: string;
            /** Format: password */
            password: string;
        };
        /** @description Key pair issued for the logged-in user, plus some context about the account. */
        LoginResult: {
            /** @description API key to place in the `Authorization` header. */
            key: string;
            /** @description Secret used to compute the `Signature` header. */
            secret: string;
            /** @description Unix timestamp (seconds) after which the key pair stops working. */
            expire?: number;
            /**
             * @description Kind of key issued; `master` denotes an account key (a network key presumably reports another value, not documented).
             * @example master
             */
            type?: string;
            /** @description Name associated with the key type (the account name for master keys). */
            type_value?: string;
            /**
             * @description 1 when the issued key is read-only.
             * @enum {integer}
             */
            read_only?: 0 | 1;
            /** @description Name of the network the user worked on last. */
            last_network_name?: string;
            /** @description Id of the network the user worked on last. */
            last_network_id?: number;
        };
        /** @description One changed setting recorded in an audit event. */
        AuditLogFieldChange: {
            /** @description Dot-separated path of the setting, e.g. `ssid.1.wifi_name`. */
            field?: string;
            old_value?: string;
            new_value?: string;
        };
        /** @description One audited change made within the account. */
        AuditLogEvent: {
            event_id?: string;
            /** Format: date-time */
            date?: string;
            /** @description IP address the change was made from. */
            remote_address?: string;
            account_id?: number;
            user_id?: number;
            user_email?: string;
            /** @description True when the change was made by provider support staff rather than an account user. */
            support?: boolean;
            network_id?: number;
            network_name?: string;
            /** @description What was done, e.g. `create`. */
            user_action?: string;
            /** @description Kind of object affected, e.g. `network`. */
            target_type?: string;
            /** @description Id of the affected object (sent as a string). */
            target_id?: string;
            fields?: components["schemas"]["AuditLogFieldChange"][];
        };
        AuditLogList: {
            log_events: components["schemas"]["AuditLogEvent"][];
        };
        /** @description Numeric role id. Account roles (Account Admin, Group Manager, Network User) and resource roles (Network Editor, Network Viewer, Voucher Editor) are numbered, but the provider publishes no id-to-name table; values 1, 2, 3, 4 and 7 appear in its examples. */
        RoleId: number;
        /** @description User fields that can be edited. Whether each is optional is not documented. */
        UserUpdate: {
            name?: string;
            /** @description Free-text notes visible to administrators. */
            notes?: string;
        };
        /** @description A role held on one network. */
        NetworkRole: {
            network_id?: number;
            role_id?: components["schemas"]["RoleId"];
        };
        /** @description A role held on one network group. */
        NetworkGroupRole: {
            networkgroup_id?: number;
            role_id?: components["schemas"]["RoleId"];
        };
        /** @description Resource permissions of a user. */
        UserPermissions: {
            /** @description Every network the user can reach, whether assigned directly or through a network group. */
            all_networks?: components["schemas"]["NetworkRole"][];
            /** @description Networks assigned to the user directly. */
            assigned_networks?: components["schemas"]["NetworkRole"][];
            /** @description Network groups assigned to the user directly. */
            assigned_networkgroups?: components["schemas"]["NetworkGroupRole"][];
        };
        /** @description A user of the account, as seen by administrators. */
        User: {
            /** Format: email */
            email?: string;
            name?: string;
            notes?: string;
            role_id?: components["schemas"]["RoleId"];
            account_id?: number;
            enabled?: boolean;
            verified?: boolean;
            permissions?: components["schemas"]["UserPermissions"];
        };
        /** @description A newly created user API key. The `key` is only returned here and cannot be read again later, so it must be stored by the caller. */
        UserKeyCreated: {
            user_key_id: number;
            key: string;
            secret: string;
            /** Format: date-time */
            created?: string;
        };
        /** @description A stored user API key (the key itself is never listed). */
        UserKeySummary: {
            user_key_id?: number;
            secret?: string;
            /** Format: date-time */
            created?: string;
        };
        UserKeyList: {
            keys: components["schemas"]["UserKeySummary"][];
        };
        /** @description New user. The docs do not state which fields are mandatory; the error catalogue implies that name (20036), email (20037) and role (20014) are. */
        UserCreate: {
            /** Format: email */
            email?: string;
            name?: string;
            role_id?: components["schemas"]["RoleId"];
            notes?: string;
        };
        /** @description The created user, with the token used to verify the user's e-mail address. */
        UserCreated: {
            user_id?: number;
            account_id?: number;
            /** @description Verification token for the new user. */
            token?: string;
            /** Format: email */
            email?: string;
            name?: string;
            role_id?: components["schemas"]["RoleId"];
        };
        UserListEntry: {
            user_id?: number;
            /** Format: email */
            email?: string;
            name?: string;
            verified?: boolean;
            enabled?: boolean;
            notes?: string;
            role_id?: components["schemas"]["RoleId"];
            /** Format: date-time */
            created?: string;
            /** @description Highest role held on any network; only present for users with assigned roles (not Account Admins). */
            highest_network_role_id?: components["schemas"]["RoleId"];
        };
        UserList: {
            users: components["schemas"]["UserListEntry"][];
        };
        PasswordChange: {
            /** Format: password */
            password_current: string;
            /**
             * Format: password
             * @description New password (error 20007 says 8 to 50 characters).
             */
            password_new: string;
        };
        /** @description Token an administrator hands to the user so the user can choose a new password. */
        PasswordResetToken: {
            user_id?: number;
            token?: string;
        };
        /** @description Role to grant, or the role currently held. */
        RoleAssignment: {
            role_id: components["schemas"]["RoleId"];
        };
        AccountRole: {
            account_id?: number;
            role_id?: components["schemas"]["RoleId"];
        };
        /** @description Bytes uploaded (`bup`) and downloaded (`bdown`). */
        ByteCounters: {
            bup?: number;
            bdown?: number;
        };
        /** @description Byte counters per SSID, keyed `ssid1` to `ssid4`. */
        SsidByteCounters: {
            [key: string]: components["schemas"]["ByteCounters"];
        };
        /** @description A client device blocked on the network. Fields are empty strings / zeroes when the device has not been seen. */
        BlockedClient: {
            name?: string;
            /** @description Name set by an administrator, replacing the detected name. */
            name_override?: string;
            /** @description Client id (base64url text); used as `client_ids` / `id` in the block and rename operations. */
            cid?: string;
            /** @description Signal strength per antenna in dBm; may be an empty object. */
            signal?: {
                antenna1?: number;
                antenna2?: number;
            };
            mcs?: {
                tx?: number;
            };
            bitrate?: {
                rx?: number;
                tx?: number;
            };
            /** @description Channel width in MHz (0 when unknown). The history collection sends this as a string instead. */
            channel_width?: number;
            /** @description Band label such as `2.4GHz`, or empty. */
            band?: string;
            /** @description Date-time of the last sighting, or an empty string. */
            last_seen?: string;
            /** @description Name of the access point that saw the client last. */
            last_name?: string;
            /** @description MAC of the access point that saw the client last, or empty. */
            last_node?: string;
            /** @description Connection type, e.g. `wireless`, `wired`, `unknown` or empty. */
            link?: string;
            /** @description Wi-Fi generation, e.g. `ac`, or empty. */
            wifi_mode?: string;
            blocked?: boolean;
            os?: string;
            os_version?: string;
            traffic?: components["schemas"]["SsidByteCounters"];
        };
        BlockedClientList: {
            /** @description Blocked clients keyed by client MAC address. */
            clients: {
                [key: string]: components["schemas"]["BlockedClient"];
            };
        };
        ClientBlockRequest: {
            /**
             * @description 1 blocks the listed clients. The docs only show 1; 0 for unblocking is assumed.
             * @enum {integer}
             */
            block: 0 | 1;
            /** @description Client ids (`cid` values) to act on. */
            client_ids: string[];
        };
        ClientRenameRequest: {
            clients: {
                /** @description Client id (`cid`). */
                id: string;
                /** @description Name to show instead of the detected one. */
                name: string;
            }[];
        };
        /** @description Bytes and rates up/down for one traffic class during one sample. */
        ProtocolTraffic: {
            /** @description Bytes uploaded. */
            bup?: number;
            /** @description Bytes downloaded. */
            bdown?: number;
            /** @description Upload rate. */
            rup?: number;
            /** @description Download rate. */
            rdown?: number;
        };
        /** @description Traffic of one SSID during one sample, broken down by traffic class (e.g. `tcp`, `udp`, `netbios`). */
        SsidSample: {
            traffic?: {
                [key: string]: components["schemas"]["ProtocolTraffic"];
            };
            /** @description Number of users on the SSID during the sample. */
            users?: number;
        };
        /** @description One time slice, sent as a two-element array `[timestamp, per-SSID data]`. */
        NetworkHistoryRow: [
            string,
            {
                [key: string]: components["schemas"]["SsidSample"];
            }
        ];
        NetworkHistory: {
            /** @description Client counts per SSID (`ssid1`...); the docs also describe an `all` member with the unique clients across the network, which their example omits. */
            clients?: {
                [key: string]: number;
            };
            rows?: components["schemas"]["NetworkHistoryRow"][];
        };
        /** @description A client device with traffic totals over the period. */
        HistoryClient: {
            name?: string;
            name_override?: string;
            /** @description Client id (a numeric string in the history examples). */
            cid?: string;
            signal?: {
                antenna1?: number;
                antenna2?: number;
            };
            mcs?: {
                tx?: number;
            };
            bitrate?: {
                rx?: number;
                tx?: number;
            };
            /** @description Channel width in MHz, sent as a string here (e.g. `"40"`). */
            channel_width?: string;
            /** @description Band label, e.g. `5.8`. */
            band?: string;
            last_seen?: string;
            last_name?: string;
            last_node?: string;
            os?: string;
            os_version?: string;
            /**
             * @description 1 when blocked (an integer here, unlike the boolean in the client collection).
             * @enum {integer}
             */
            blocked?: 0 | 1;
            /** @description e.g. `wired`, `wireless`, `unknown`. */
            link?: string;
            traffic?: components["schemas"]["SsidByteCounters"];
        };
        ClientsHistory: {
            /** @description One single-member object per client, keyed by the client's MAC address. */
            clients: {
                [key: string]: components["schemas"]["HistoryClient"];
            }[];
        };
        /** @description Upload/download rates per SSID at one point in time; SSID members are named `ssid1`...`ssid4`. */
        RateSample: {
            /** Format: date-time */
            time: string;
        } & {
            [key: string]: {
                rup?: number;
                rdown?: number;
            };
        };
        ClientHistory: {
            cid?: string;
            traffic?: components["schemas"]["RateSample"][];
        };
        /** @description Traffic, mesh speed and check-in history of one node. */
        NodeTrafficHistory: {
            /** @description Bytes up/down and users per SSID over the last 24 hours. */
            traffic?: {
                [key: string]: {
                    bup?: number;
                    bdown?: number;
                    users?: number;
                };
            };
            /** @description Mesh throughput samples in bytes/s; not reported for gateways. */
            metrics?: {
                /** Format: date-time */
                time?: string;
                speed?: number;
            }[];
            /** @description Check-in attempts; an entry without `status` marks an outage. */
            checkins?: {
                /** Format: date-time */
                time: string;
                /** @enum {string} */
                status?: "repeater" | "gateway" | "pairing";
            }[];
        };
        NodesHistory: {
            /** @description One single-member object per node, keyed by node id. */
            nodes: {
                [key: string]: components["schemas"]["NodeTrafficHistory"];
            }[];
        };
        NodeHistory: {
            /** @description Node id (sent as a string). */
            nid?: string;
            traffic?: components["schemas"]["RateSample"][];
        };
        NetworkGroupName: {
            /** @description Group name; its length is validated (error 40008) but the limits are not documented. */
            name: string;
        };
        NetworkGroupCreated: {
            networkgroup_id: number;
        };
        NetworkGroup: {
            networkgroup_id?: number;
            creator_user_id?: number;
            name?: string;
            account_id?: number;
            /** @description Networks that belong to the group. */
            networks?: {
                network_id?: number;
                name?: string;
            }[];
        };
        NetworkGroupList: {
            networkgroups: {
                networkgroup_id?: number;
                name?: string;
                /** @description Role the requesting user holds on the group. */
                role_id?: components["schemas"]["RoleId"];
            }[];
        };
        /** @description Properties of the new network. The prose of the provider's docs calls the country field `country`, while its examples (and the error context of code 12005) use `country_code`; this document uses `country_code`. */
        NetworkCreate: {
            name: string;
            /**
             * Format: password
             * @description Network (dashboard) password, at least 8 characters.
             */
            password: string;
            /** @description Time-zone database name, e.g. `America/Los_Angeles`. */
            timezone: string;
            /** @description ISO 3166 alpha-2 country code setting the regulatory domain. */
            country_code: string;
            /** Format: email */
            email?: string;
            /** @description Free-form location used to centre the map. */
            location?: string;
        };
        NetworkCreated: {
            /** @description Id of the new network. */
            id: number;
        };
        NetworkSearchResult: {
            networks: {
                name?: string;
                id?: number;
            }[];
        };
        NetworkListEntry: {
            name?: string;
            id?: number;
            /** @description Same value as `id`; only returned by api-v2. */
            network_id?: number;
            /** @description Group the network belongs to; only returned by api-v2. */
            networkgroup_id?: number;
            /** @description Name of that group; only returned by api-v2. */
            networkgroup_name?: string;
            /** @description Role of the requester on the network; only returned by api-v2. The provider's example shows a string here, which looks like a copy error; an integer role id is assumed. */
            role_id?: components["schemas"]["RoleId"];
            latitude?: number;
            longitude?: number;
            /** @description Number of repeaters currently down. */
            down_repeater?: number;
            /** @description Number of gateways currently down. */
            down_gateway?: number;
            spare_nodes?: number;
            node_count?: number;
        };
        NetworkList: {
            networks: components["schemas"]["NetworkListEntry"][];
        };
        /** @description A captive-portal splash-page asset to store. */
        NetworkFileUpload: {
            /** @description SSID whose splash page uses the file. */
            ssid_id: number;
            /** @description File name, e.g. `logo1.gif`. */
            name: string;
            /** @enum {string} */
            role: "image" | "page" | "file";
            /** @description File content, base64 encoded. */
            file: string;
        };
        NetworkFileUploaded: {
            file_id?: number;
            /**
             * Format: uri
             * @description Storage (S3) address of the uploaded file.
             */
            url?: string;
        };
        /** @description All settings of a network: `network` holds network-wide groups, `ssids` holds up to four per-SSID groups keyed by SSID number. On PUT only the members present are changed. Unknown or misspelled member paths are silently ignored (the call still answers 1009), so verify an update with a follow-up GET. */
        NetworkSettings: {
            network?: components["schemas"]["NetworkWideSettings"];
            /** @description Per-SSID settings keyed by the SSID number as a string (`"1"` to `"4"`). On PUT the key `"0"` creates a new SSID. (A few snippets in the provider's docs draw this as an array; the object form used by the full example is modelled.) */
            ssids?: {
                [key: string]: components["schemas"]["SsidSettings"];
            };
        };
        /** @description Network-wide setting groups (general, maintenance, radio, firmware_upgrade, advanced, presence, paypal). */
        NetworkWideSettings: {
            general?: components["schemas"]["NetworkGeneralSettings"];
            maintenance?: components["schemas"]["NetworkMaintenanceSettings"];
            radio?: components["schemas"]["NetworkRadioSettings"];
            firmware_upgrade?: components["schemas"]["NetworkFirmwareUpgradeSettings"];
            advanced?: components["schemas"]["NetworkAdvancedSettings"];
            presence?: components["schemas"]["NetworkPresenceSettings"];
            paypal?: components["schemas"]["NetworkPaypalSettings"];
        };
        NetworkGeneralSettings: {
            /** @description Network name (letters, digits, hyphen, underscore and spaces). Marked required in the settings table. The provider's GET example reports the name as `network_name` instead. */
            name?: string;
            /** @description Network name as spelled in the provider's GET example (see `name`). */
            network_name?: string;
            /** @description Name shown on reports and the splash page; the network name is used when blank. */
            display_name?: string;
            /** @description Map-search text locating the network. */
            location?: string;
            /** @description Time-zone database name used to schedule scans and upgrades. Marked required in the settings table. */
            timezone?: string;
            /**
             * @description Blocks password-less/anonymous dashboard access.
             * @default false
             */
            disable_public_access?: boolean;
            /**
             * @description Show times with am/pm instead of the 24-hour clock.
             * @default false
             */
            enable_12h_display?: boolean;
            /**
             * @description Stop access points from running their periodic internet reachability test, keeping Wi-Fi up during an uplink outage.
             * @default false
             */
            disable_internet_check?: boolean;
            /** @description Space-separated e-mail addresses that receive alerts (name used by the settings table). */
            notification_email_address?: string;
            /** @description Alert recipients as spelled in the provider's GET example (see `notification_email_address`). */
            notification_email_addresses?: string;
            /** @description Whether alert notifications are sent. Appears only in the GET example, not in the settings table. */
            enable_alerts?: boolean;
            /** @description Free-form multi-line notes. */
            notes?: string;
        };
        /** @description Window in which upgrades and other maintenance may run (daily 02:00-04:00 local time by default). */
        NetworkMaintenanceSettings: {
            /**
             * @description Local start time, `00:00:00` to `23:59:59`.
             * @default 02:00:00
             */
            start?: string;
            /**
             * @description Length of the window, `01:00:00` to `24:00:00`.
             * @default 02:00:00
             */
            duration?: string;
            /** @description Days on which the window applies; every day when omitted. */
            days?: ("su" | "mo" | "tu" | "we" | "th" | "fr" | "sa")[];
        };
        /** @description Radio settings. The settings table names the per-band values `channel_2_4_ghz`, `channel_5_ghz`, `ht_mode_2_4ghz` and `ht_mode_5ghz`; the provider's GET example instead nests them as `channel` and `ht_mode` objects keyed by band. Both forms are declared. */
        NetworkRadioSettings: {
            /** @description ISO 3166 alpha-2 regulatory domain (sets allowed channels and power). Marked required in the settings table. */
            country_code?: string;
            /**
             * @description Maximum transmit power of the network's access points, in dBm.
             * @default 26
             */
            tx_power?: number;
            /**
             * @description Enables the daily automatic channel / HT-mode optimisation, which overrides per-AP choices.
             * @default false
             */
            enable_autorf?: boolean;
            /**
             * @description Local hour of the neighbour scan used by auto-RF (relevant when auto-RF is enabled).
             * @default 0
             */
            autorf_scan_hour?: number;
            /**
             * @description Network-wide 2.4 GHz channel (per-AP overrides win). Table spelling.
             * @default 5
             */
            channel_2_4_ghz?: number;
            /**
             * @description Network-wide 5 GHz channel (per-AP overrides win). Table spelling.
             * @default 44
             */
            channel_5_ghz?: number;
            /**
             * @description Network-wide 2.4 GHz HT mode. Table spelling.
             * @default HT20
             */
            ht_mode_2_4ghz?: components["schemas"]["HtMode"];
            /**
             * @description Network-wide 5 GHz HT mode. Table spelling.
             * @default HT40+
             */
            ht_mode_5ghz?: components["schemas"]["HtMode"];
            /** @description Channel per band, as nested in the provider's GET example. */
            channel?: components["schemas"]["BandIntegers"];
            /** @description HT mode per band, as nested in the provider's GET example. */
            ht_mode?: {
                "2_4GHz"?: components["schemas"]["HtMode"];
                "5GHz"?: components["schemas"]["HtMode"];
            };
        };
        NetworkFirmwareUpgradeSettings: {
            /**
             * @description Freeze firmware at the current version (no automatic upgrades).
             * @default false
             */
            disable?: boolean;
            /**
             * @description Release track followed by automatic upgrades.
             * @default stable
             * @enum {string}
             */
            firmware_release?: "stable" | "testing";
        };
        NetworkAdvancedSettings: {
            /**
             * @description Let this network accept vouchers created on the account's other networks.
             * @default false
             */
            enable_share_voucher?: boolean;
            /** @description SSH root password of the network's access points. Marked required in the settings table. */
            node_root_password?: string;
            /**
             * @description Encrypt mesh traffic (WPA2), keeping foreign nodes out of the mesh.
             * @default false
             */
            enable_mesh_encryption?: boolean;
            /**
             * @description Turn off per-client accounting (used for shaping and per-client reports).
             * @default false
             */
            disable_accounting?: boolean;
            /**
             * @description Turn off layer-7 traffic classification.
             * @default false
             */
            disable_matching?: boolean;
            /** @description Alternative DNS servers. */
            dns_server_addresses?: string[];
            /** @description Local domain appended to unqualified names. */
            dns_domain_name?: string;
            /** @description Alternative host implementing the cloud-AP protocol (check-ins, voucher checks). */
            cloud_ap_host?: string;
            /** @description Address of a `custom.sh` script installed on the access points. */
            custom_script_url?: string;
            /**
             * @description SSID bridged to the LAN (NAT disabled); 0 means none.
             * @default 0
             */
            wireless_bridge_ssid?: number;
            /** @description SSID whose settings apply to wired clients; defaults to the first SSID created. */
            wired_bridge_ssid?: number;
        };
        /** @description Presence-analytics forwarding. */
        NetworkPresenceSettings: {
            /** @default false */
            enable?: boolean;
            /** @description Secret used to sign the forwarded JSON; must not contain `|`. Needed when presence is enabled. */
            secret?: string;
            /**
             * @description Uploads between two regular check-ins.
             * @default 0
             */
            uploads_per_checkin?: number;
            /** @description Address the JSON is forwarded to. Needed when presence is enabled. */
            url?: string;
        };
        NetworkPaypalSettings: {
            /**
             * @description Devices allowed per purchased voucher.
             * @default 0
             */
            max_user_count?: number;
            /**
             * @description Upload bandwidth per device, kbit/s.
             * @default 2500
             */
            upload_limit?: number;
            /**
             * @description Download bandwidth per device, kbit/s.
             * @default 5000
             */
            download_limit?: number;
            /** @description PayPal Payment Data Transfer key. */
            pdt_key?: string;
        };
        /** @description Setting groups of one SSID. */
        SsidSettings: {
            general?: components["schemas"]["SsidGeneralSettings"];
            captive_portal?: components["schemas"]["SsidCaptivePortalSettings"];
            advanced?: components["schemas"]["SsidAdvancedSettings"];
            scheduling?: components["schemas"]["SsidSchedulingSettings"];
        };
        SsidGeneralSettings: {
            /** @description Number of the SSID. Marked required in the settings table. */
            ssid_num?: number;
            /** @description Internal, human-readable name of the SSID. Marked required in the settings table. */
            ssid_name?: string;
            /** @description Network name broadcast by the access points. Marked required in the settings table. */
            wifi_name?: string;
            /**
             * @description False switches the SSID off without deleting it.
             * @default true
             */
            enable?: boolean;
            /**
             * @description Each access point broadcasts its own name instead of `wifi_name`.
             * @default false
             */
            enable_use_node_name?: boolean;
            /**
             * @description Wireless-level authentication; `-psk` types need `wpa_password`, `-e` types use the WPA-Enterprise server in `advanced`.
             * @default open
             * @enum {string}
             */
            wifi_auth_type?: "open" | "wpa-mixed-psk" | "wpa-2only-psk" | "wpa-mixed-e" | "wpa-2only-e";
            /** @description Pre-shared key (at least 8 printable characters) for the `-psk` types; empty otherwise. */
            wpa_password?: string;
            /**
             * @description Hide the SSID from most scanners.
             * @default false
             */
            enable_hidden_network?: boolean;
            /** @description Appears only in the provider's GET example (not in the settings table); meaning not documented. */
            gateway_name?: string;
        };
        /** @description Splash-page and client-authentication settings. The settings table lists a second row also called `splashpage` with the values none, radius, ldap, active_directory and http; the rest of the docs and the GET example show that this is `login_method`, which is how it is modelled here. */
        SsidCaptivePortalSettings: {
            /**
             * @description Where splash pages come from.
             * @enum {string}
             */
            splashpage?: "none" | "cloudtrax" | "facebook" | "remote";
            /**
             * @description Extra authentication mechanism layered on vouchers; each needs its matching settings object.
             * @enum {string}
             */
            login_method?: "none" | "radius" | "ldap" | "active_directory" | "http";
            /** @default false */
            enable_traffic_shaping?: boolean;
            /** @default false */
            disable_dhcp_fingerprinting?: boolean;
            /**
             * @description Default per-client download limit in kbit/s (needed when traffic shaping is on).
             * @default 0
             */
            per_client_download_speed?: number;
            /**
             * @description Default per-client upload limit in kbit/s (needed when traffic shaping is on).
             * @default 0
             */
            per_client_upload_speed?: number;
            /**
             * @description Minutes after which the splash page is shown again regardless of activity. Marked required in the settings table.
             * @default 1440
             */
            client_force_timeout?: number;
            /**
             * @description Block all ports (not just browsing) until the client authenticates.
             * @default false
             */
            enable_block_pre_auth_clients?: boolean;
            /**
             * @description Disallow plain click-through on the splash page.
             * @default false
             */
            enable_require_valid_login?: boolean;
            /** @description Page shown after the splash page; blank keeps the page the client asked for. */
            after_splashpage_redirect_url?: string;
            /**
             * @description Append client MAC, AP MAC and requested URL to the redirect address.
             * @default false
             */
            enable_redirect_client_track?: boolean;
            /** @description Appears only in the provider's GET example; meaning not documented. */
            enable_include_userdata_on_redirect?: boolean;
            /** @description MACs that bypass the splash page. */
            whitelist?: string[];
            /** @description MACs refused on this SSID. */
            blocklist?: string[];
            /** @description Text shown to blocked clients. */
            block_message?: string;
            /** @description Hosts reachable before authentication. */
            walled_garden?: string[];
            remote_splashpage?: components["schemas"]["RemoteSplashpageSettings"];
            radius_auth?: components["schemas"]["RadiusAuthSettings"];
            http_auth?: components["schemas"]["HttpAuthSettings"];
            ldap_auth?: components["schemas"]["LdapAuthSettings"];
            active_directory_auth?: components["schemas"]["ActiveDirectoryAuthSettings"];
            cloudtrax_splashpage?: components["schemas"]["HostedSplashpage"];
        };
        /** @description Settings used when `splashpage` is `remote` (server address and path are then needed). */
        RemoteSplashpageSettings: {
            server_address?: string;
            /** @default false */
            enable_server_ssl?: boolean;
            server_path?: string;
            server_secret?: string;
            nas_id?: string;
        };
        /** @description Settings used when `login_method` is `radius`. The settings table names two members `radius_nas_id` and `enable_swap_octets`; the GET example spells them `nas_id` and `enable_swapoctets`. Both are declared. */
        RadiusAuthSettings: {
            server_addresses?: string[];
            server_secret?: string;
            /** @description NAS identifier (table spelling). */
            radius_nas_id?: string;
            /** @description NAS identifier (GET-example spelling). */
            nas_id?: string;
            /**
             * @description Swap upload/download byte counts when reporting (table spelling).
             * @default false
             */
            enable_swap_octets?: boolean;
            /** @description Same flag, GET-example spelling. */
            enable_swapoctets?: boolean;
        };
        /** @description Settings used when `login_method` is `http`. */
        HttpAuthSettings: {
            url?: string;
            secret?: string;
        };
        /** @description Settings used when `login_method` is `ldap`. Only seen in the GET example; member types of `ports` and `servers` are guesses (both empty there). */
        LdapAuthSettings: {
            attribute?: string;
            base_dn?: string;
            bind_password?: string;
            bind_shortdomain?: string;
            bind_username?: string;
            ports?: number[];
            servers?: string[];
            user_filter?: string;
        };
        /** @description Settings used when `login_method` is `active_directory`. Only seen in the GET example; member types of `ports` and `servers` are guesses. */
        ActiveDirectoryAuthSettings: {
            bind_password?: string;
            bind_shortdomain?: string;
            bind_username?: string;
            ports?: number[];
            servers?: string[];
        };
        /** @description Files of the provider-hosted splash page of this SSID (read-only view, GET example only). */
        HostedSplashpage: {
            base_url?: string;
            /** @description Uploaded files keyed by file id. */
            files?: {
                [key: string]: {
                    name?: string;
                    /** @enum {string} */
                    role?: "image" | "page" | "file";
                };
            };
        };
        SsidAdvancedSettings: {
            /** @description WPA-Enterprise RADIUS server (needed for the `-e` auth types). */
            wpa_e_server_address?: string;
            /** @default 1812 */
            wpa_e_server_port?: number;
            wpa_e_server_secret?: string;
            /** @description Keep wireless clients from reaching each other. */
            enable_ap_isolation?: boolean;
            /** @description Keep wireless clients off the wired LAN. */
            enable_lan_block?: boolean;
            /** @description Push capable clients to 5 GHz. */
            enable_band_steering?: boolean;
            /** @description SMTP server all outgoing mail connections are redirected to. */
            smtp_redirect_server_address?: string;
            /** @description Only these MACs may associate; empty allows everyone. */
            wifi_whitelist?: string[];
            /**
             * @description VLAN tag for the SSID's traffic (bridged, NAT off); -1 disables tagging. Marked required in the settings table.
             * @default -1
             */
            vlan_tag?: number;
            /** @description Appears only in the GET example. */
            login_attempts?: number;
            /** @description Appears only in the GET example (seconds, presumably). */
            login_attempt_timeout?: number;
            /** @description Appears only in the GET example; per-SSID DNS servers, presumably. */
            dns_server_addresses?: string[];
        };
        /** @description Weekly availability schedule of the SSID (GET example only; not described in the settings tables). */
        SsidSchedulingSettings: {
            enable?: boolean;
            status?: number;
            days?: {
                su?: components["schemas"]["SsidScheduleDay"];
                mo?: components["schemas"]["SsidScheduleDay"];
                tu?: components["schemas"]["SsidScheduleDay"];
                we?: components["schemas"]["SsidScheduleDay"];
                th?: components["schemas"]["SsidScheduleDay"];
                fr?: components["schemas"]["SsidScheduleDay"];
                sa?: components["schemas"]["SsidScheduleDay"];
            };
        };
        SsidScheduleDay: {
            available?: boolean;
            /** @description Local start time `HH:MM:SS`. */
            start?: string;
            /** @description Local end time `HH:MM:SS` (`24:00:00` for end of day). */
            end?: string;
        };
        /**
         * @description `gateway` nodes have their own uplink; `repeater` nodes reach the internet through the mesh.
         * @enum {string}
         */
        NodeRole: "gateway" | "repeater";
        /** @description Addresses of a gateway node. */
        LanInfo: {
            lan_ip?: string;
            wan_ip?: string;
        };
        /** @description A node as returned by the list operation. Repeaters add `selected_gateway`, `neighbors` and `gateway_path`; gateways add `lan_info`. The `firmware_version_*` and `custom_sh_*` members are only present for some firmware versions. */
        NodeSummary: {
            mac?: string;
            name?: string;
            ip?: string;
            description?: string;
            role?: components["schemas"]["NodeRole"];
            firmware_version?: string;
            firmware_version_full?: number;
            firmware_version_id?: string;
            firmware_version_release?: string;
            custom_sh_errors?: string[];
            custom_sh_names?: string[];
            mesh_version?: string;
            /** Format: date-time */
            last_checkin?: string;
            /** @description Human-readable uptime, e.g. `2h 22m`. */
            uptime?: string;
            /** @description Hardware model, e.g. `OM5P_AN`. */
            hardware?: string;
            memfree?: number;
            load?: number;
            spare?: boolean;
            /** @description Status flags as a hex string, e.g. `0x0000`. */
            flags?: string;
            latitude?: number;
            longitude?: number;
            down?: boolean;
            lifecycle?: components["schemas"]["Lifecycle"];
            subscription?: components["schemas"]["Subscription"];
            channels?: components["schemas"]["BandIntegers"];
            ht_modes?: components["schemas"]["BandStrings"];
            /** @description Gateway a repeater currently uses. */
            selected_gateway?: {
                name?: string;
                ip?: string;
                mac?: string;
                hops?: number;
                latency?: number;
            };
            /** @description Mesh neighbours of a repeater with their signal per band. */
            neighbors?: {
                nid?: number;
                rssi?: components["schemas"]["BandIntegers"];
            }[];
            /** @description Node ids on the way to the gateway. */
            gateway_path?: number[];
            lan_info?: components["schemas"]["LanInfo"];
        };
        NodeList: {
            /** @description Nodes of the network keyed by node id (a numeric string). */
            nodes: {
                [key: string]: components["schemas"]["NodeSummary"];
            };
        };
        /** @description The node to add. With account ("master") access, giving the MAC of a node that already belongs to another of the account's networks together with `confirm_transfer: true` moves that node into this network. */
        NodeCreate: {
            /** @description MAC address, e.g. `ac:86:74:aa:cc:ee`. */
            mac: string;
            name: string;
            description?: string;
            latitude?: number;
            longitude?: number;
            /** @description Confirms moving an existing node from another network of the same account. The node docs' example sends the string `"true"`; the boolean form used by the switch and power-strip docs is modelled. */
            confirm_transfer?: boolean;
        };
        NodeCreated: {
            node_id: number;
        };
        /** @description Members of the node to change; anything omitted is left as it is. The docs only demonstrate `description`; the other members listed are the writable ones accepted at creation and are assumed to be updatable too. */
        NodeUpdate: {
            name?: string;
            description?: string;
            latitude?: number;
            longitude?: number;
        };
        /** @description Full details of one node (access point). */
        Node: {
            active_clients?: number;
            alerts?: {
                enabled?: boolean;
            };
            allow_dfs?: boolean;
            anonymous_ip?: boolean;
            antenna_type?: string | null;
            /** @description Transmit powers chosen automatically; structure not documented (`null` in the example). */
            autotx_tx_powers?: Record<string, unknown> | null;
            channel_overrides?: components["schemas"]["BandIntegers"];
            /** @description Utilisation samples per band (empty lists in the example; element type not documented). */
            channel_utilization?: {
                "2_4GHz"?: number[];
                "5GHz"?: number[];
            };
            channels?: components["schemas"]["BandIntegers"];
            config_seqno?: number;
            /** @enum {string} */
            connection_keeper_status?: "connected" | "disconnected";
            country_code?: string;
            current_seqno?: number;
            /** Format: date-time */
            current_seqno_used_since?: string;
            custom_sh_approved?: boolean;
            description?: string;
            disable_led?: boolean;
            down?: boolean;
            enable_dfs?: boolean;
            enable_dhcp?: boolean;
            enable_troubleshooting_until?: string | null;
            expedite_upgrade?: boolean;
            firmware_flags?: string[];
            firmware_version?: string;
            firmware_version_full?: number;
            firmware_version_id?: string;
            firmware_version_release?: string;
            firmware_version_semantic?: {
                build?: string;
                major?: number;
                minor?: number;
                patch?: number;
            };
            flags?: string;
            hardware?: string;
            hardware_revision?: string;
            has_scanning_support?: boolean;
            ht_mode_overrides?: components["schemas"]["BandStrings"];
            ht_mode_overrides_autorf?: components["schemas"]["BandStrings"];
            /** @description Current HT mode per band (`?` when unknown). */
            ht_modes?: components["schemas"]["BandStrings"];
            ip?: string;
            is_triband?: boolean;
            lan_info?: components["schemas"]["LanInfo"];
            /** Format: date-time */
            last_checkin?: string;
            latitude?: number;
            lifecycle?: components["schemas"]["Lifecycle"];
            lldp_negotiation_delay?: boolean;
            load?: number;
            locate_mode?: boolean;
            longitude?: number;
            mac?: string;
            memfree?: number;
            mesh_version?: string;
            name?: string;
            /** Format: date-time */
            network_first_add?: string;
            outdoor?: boolean;
            role?: components["schemas"]["NodeRole"];
            serial_no?: string;
            spare?: boolean;
            subscription?: components["schemas"]["Subscription"];
            supported_country?: boolean;
            supports_dfs?: boolean;
            underpowered?: boolean;
            /** @description e.g. `none`. */
            upgrade_status?: string;
            uptime?: string;
            uptime_seconds?: number;
            /** Format: date-time */
            warranty_first_checkin?: string;
        };
        MacExists: {
            node_exists: boolean;
        };
        /** @description PoE power budget of the switch, in watts. */
        SwitchPoeBudget: {
            total_power_w?: number;
            available_power_w?: number;
        };
        /** @description Identity and state of a switch. The full switch object adds the members marked "detail only". */
        SwitchSummaryInfo: {
            mac?: string;
            /** @description e.g. `OMS8`, `OMS24`, `OMS48`. */
            model?: string;
            name?: string;
            description?: string;
            active_ports?: number;
            total_ports?: number;
            /** @enum {string} */
            cloud_status?: "up" | "down" | "unknown" | "pairing";
            firmware_version?: string;
            ip?: string;
            gateway_ip?: string;
            /** @description Date-time of the last check-in, or an empty string when it never checked in. */
            last_checkin?: string;
            uptime_seconds?: number;
            /** @enum {string} */
            connection_keeper_status?: "connected" | "disconnected";
            lifecycle?: components["schemas"]["Lifecycle"];
            subscription?: components["schemas"]["Subscription"];
            /**
             * Format: date-time
             * @description Detail only.
             */
            warranty_first_checkin?: string;
            /**
             * Format: date-time
             * @description Detail only.
             */
            network_first_add?: string;
            /** @description Detail only. */
            expedite_upgrade?: boolean;
            /** @description Detail only. */
            monitor_mode?: boolean;
            /** @description Detail only. */
            last_checkin_host?: string;
            /** @description Detail only. */
            management_vlan?: number;
        };
        SwitchListEntry: {
            id?: number;
            poe?: components["schemas"]["SwitchPoeBudget"];
            summary_info?: components["schemas"]["SwitchSummaryInfo"];
        };
        SwitchList: {
            switches: components["schemas"]["SwitchListEntry"][];
        };
        /** @description Switch to add. As with nodes, account ("master") access plus `confirm_transfer: true` moves a switch whose MAC already belongs to another network of the account. Required members are not stated; `mac` and `name` are assumed by analogy with nodes. */
        SwitchCreate: {
            mac: string;
            name: string;
            description?: string;
            model?: string;
            confirm_transfer?: boolean;
        };
        SwitchCreated: {
            switch_id: number;
        };
        /** @description PoE state and configuration of a port. */
        SwitchPortPoe: {
            enable?: boolean;
            /** @enum {string} */
            priority?: "low" | "medium" | "high" | "critical";
            /**
             * @description The docs list these values under the name `poe.limit_type`; the member is called `power_limit_type` in the payloads.
             * @enum {string}
             */
            power_limit_type?: "auto" | "manual";
            /** @description Manual power limit in watts. */
            power_limit_user_w?: number;
            /** @description Current draw in watts (read-only). */
            power_draw_w?: number;
            /**
             * @description Read-only PoE state.
             * @enum {string}
             */
            status?: "disabled" | "searching" | "delivering power" | "test mode" | "fault" | "other fault" | "requesting power";
        };
        SwitchByteStats: {
            all?: number;
            ucast?: number;
            nucast?: number;
            discard?: number;
            mcast?: number;
            bcast?: number;
        };
        /** @description One switch port (physical, SFP or trunk). */
        SwitchPort: {
            /** @description Port label such as `1`, `F1` or `trunk1`. */
            id?: string;
            enable?: boolean;
            /** @enum {string} */
            type?: "poe" | "eth" | "sfp" | "trunk";
            description?: string;
            /** @description Native VLAN of the port. */
            vlan_id?: number;
            /** @description VLAN list such as `1-4,8-10`; the server normalises lists into ranges. */
            tagged_vlans?: string;
            untagged_vlans?: string;
            enable_isolation?: boolean;
            poe?: components["schemas"]["SwitchPortPoe"];
            /** @description Member ports of a trunk. */
            aggregation?: {
                port_ids?: string[];
            };
            link_speed_mode?: number;
            link_speed_neg?: number;
            enable_flow_control?: boolean;
            /** @description Name of the MAC ACL bound to the port, or empty. */
            acl_mac?: string;
            /** @description Name of the IPv4 ACL bound to the port, or empty. */
            acl_ipv4?: string;
            enable_voice_vlan?: boolean;
            voice_cos_mode?: number;
            qos?: {
                trust?: boolean;
                cos_value?: number;
            };
            rate_limit?: {
                enable_tx?: boolean;
                enable_rx?: boolean;
                tx_limit_kbps?: number;
                rx_limit_kbps?: number;
            };
            mirror?: {
                enable_ingress_state?: boolean;
                enable_session_state?: boolean;
                tx_port_ids?: string[];
                rx_port_ids?: string[];
            };
            /** @enum {string} */
            status?: "up" | "down";
            uplink?: boolean;
            statistics?: {
                rx_bytes?: components["schemas"]["SwitchByteStats"];
                tx_bytes?: components["schemas"]["SwitchByteStats"];
            };
            connected_device_mac_list?: string[];
        };
        /** @description Maps a priority value (CoS or DSCP) to an egress queue. */
        SwitchIdQueue: {
            id?: number;
            queue?: number;
        };
        /** @description Full configuration and state of one switch. */
        Switch: {
            switch_id?: number;
            /** @description Same value as `switch_id`. */
            id?: number;
            summary_info?: components["schemas"]["SwitchSummaryInfo"];
            firmware?: {
                /** @description Partition (1 or 2) the switch boots from. */
                active_partition?: number;
                version_partition_1?: string;
                version_partition_2?: string;
                flags?: string[];
            };
            igmp?: {
                enable?: boolean;
                /** @description e.g. `v2`. */
                version?: string;
                vlans?: {
                    id?: number;
                    enable?: boolean;
                }[];
            };
            voice_vlan?: {
                enable?: boolean;
                mode?: number;
                vlan?: number;
                enable_priority?: boolean;
                priority?: number;
                aging_time?: number;
                /** @description Phone vendor prefixes recognised for the voice VLAN. */
                ouis?: {
                    address?: string;
                    description?: string;
                }[];
            };
            qos?: {
                enable?: boolean;
                /** @description e.g. `strict`. */
                scheduling_method?: string;
                /** @description e.g. `8021p`. */
                trust_mode?: string;
                cos?: components["schemas"]["SwitchIdQueue"][];
                dscp?: components["schemas"]["SwitchIdQueue"][];
            };
            lldp?: {
                enable?: boolean;
                transmission_interval?: number;
                holdtime_multiplier?: number;
                reinitialization_delay?: number;
                transmit_delay?: number;
            };
            jumbo_frame?: {
                mtu?: number;
            };
            stp?: {
                /** @description e.g. `rstp`. */
                force_version?: string;
                enable?: boolean;
                root_bridge?: {
                    root_address?: string;
                    device_name?: string;
                    priority?: number;
                    cost?: number;
                    port?: string;
                    forward_delay_s?: number;
                    maximum_age_s?: number;
                    hello_time_s?: number;
                };
            };
            snmp?: {
                enable?: boolean;
                community?: string;
            };
            acl?: {
                enable?: boolean;
            };
            ports?: components["schemas"]["SwitchPort"][];
            poe?: components["schemas"]["SwitchPoeBudget"];
        };
        /** @description Partial switch configuration. The docs demonstrate changing the boot partition, port settings (identified by `id`) and the name/description; the members follow the shapes of the full switch object. */
        SwitchUpdate: {
            firmware?: {
                active_partition?: number;
            };
            ports?: components["schemas"]["SwitchPort"][];
            summary_info?: {
                name?: string;
                description?: string;
            };
        };
        SwitchFirmwareBuild: {
            /** @description Firmware tag (lower-case letters and digits). */
            tag?: string;
            build?: string;
        };
        /** @description Switch-related settings of a network as read. */
        SwitchNetworkSettings: {
            /** @description True when the network's switches do not upgrade automatically. */
            disable_upgrade?: boolean;
            /** @description Firmware running per switch model, as a list of single-member objects keyed by model name. */
            firmware?: {
                [key: string]: components["schemas"]["SwitchFirmwareBuild"];
            }[];
        };
        /** @description Switch-related settings to change. Unlike the read form, `firmware` is a single object keyed by model name (the docs' field table calls it a string, which contradicts their own example; the example is followed). */
        SwitchNetworkSettingsUpdate: {
            disable_upgrade?: boolean;
            firmware?: {
                [key: string]: {
                    tag: string;
                };
            };
        };
        SwitchAllowedFirmware: {
            /** @description Firmware builds that may be selected, keyed by switch model. */
            allowed_firmware: {
                [key: string]: components["schemas"]["SwitchFirmwareBuild"][];
            };
        };
        SnmpTrap: {
            host?: string;
            community_name?: string;
            /** @description e.g. `informs`. */
            notify_type?: string;
            retry?: number;
            timeout?: number;
            /** @description UDP port. */
            udp?: number;
            /** @description e.g. `v2c`. */
            version?: string;
        };
        SnmpTraps: {
            traps: components["schemas"]["SnmpTrap"][];
        };
        /** @description A named access-control list. */
        SwitchAcl: {
            name?: string;
            /** @description Whether a port uses the list (read-only). */
            assigned?: boolean;
        };
        /** @description One entry of a MAC ACL. */
        SwitchMacAce: {
            acl_name?: string;
            id?: number;
            sequence?: number;
            /** @description e.g. `permit`. */
            action?: string;
            source_mac?: string;
            destination_mac?: string;
            vlan_id?: number;
            priority?: number;
            ethertype?: string;
            checksum?: string;
        };
        /** @description One entry of an IPv4 ACL. */
        SwitchIpv4Ace: {
            acl_name?: string;
            id?: number;
            sequence?: number;
            action?: string;
            /** @description e.g. `any`, `icmp`. */
            protocol?: string;
            type_of_service?: number;
            source_ip?: string;
            destination_ip?: string;
            checksum?: string;
        };
        /** @description ACLs and ACEs of a switch. Used both as the read result and as the body of the create/update/delete operations, which send only the lists (and members) they act on. */
        SwitchAcls: {
            mac_acl?: components["schemas"]["SwitchAcl"][];
            mac_ace?: components["schemas"]["SwitchMacAce"][];
            ipv4_acl?: components["schemas"]["SwitchAcl"][];
            ipv4_ace?: components["schemas"]["SwitchIpv4Ace"][];
        };
        PowerStripSummary: {
            powerstrip_id?: number;
            mac?: string;
            name?: string;
            /** @description e.g. `P60`, `MP60`. */
            model?: string;
            /** @description Address of the strip; empty string or `null` when unknown. */
            ip?: string | null;
            /** Format: date-time */
            created?: string;
            firmware_version?: string;
            enabled_ports?: number;
            port_count?: number;
            /** @description Date-time of the last check-in (may carry fractional seconds), or an empty string. */
            last_checkin?: string;
            need_pairing?: boolean;
            /** @description e.g. `up`, `down`. */
            cloud_status?: string;
            /** @description Mesh role, e.g. `repeater`. */
            role?: string;
            mesh_ip?: string;
            lifecycle?: components["schemas"]["Lifecycle"];
            subscription?: components["schemas"]["Subscription"];
            surge_protection_active?: boolean;
            voltage_v?: number;
            frequency_hz?: number;
            uptime_seconds?: number;
            active_ports?: number;
        };
        PowerStripList: {
            powerstrips: components["schemas"]["PowerStripSummary"][];
        };
        /** @description Power strip to add; `confirm_transfer` moves a strip from another network of the account, as for nodes and switches. Required members are not stated; `mac` and `name` are assumed. */
        PowerStripCreate: {
            mac: string;
            name: string;
            description?: string;
            model?: string;
            confirm_transfer?: boolean;
        };
        PowerStripCreated: {
            powerstrip_id: number;
        };
        PowerStripPort: {
            port_id?: number;
            label?: string;
            enable?: boolean;
            /** @description Connection check that guards the port, or `null`. */
            connection_check_name?: string | null;
            /** @description Read-only. */
            current_a?: number;
            /** @description Read-only. */
            apparent_power_va?: number;
            /** @description Read-only. */
            active_power_w?: number;
            /** @description Read-only. */
            reactive_power_var?: number;
            /** @description Read-only. */
            power_factor?: number;
        };
        /** @description A recurring port action. The id is assigned by the server and omitted when writing. */
        PowerStripScheduleEntry: {
            powerstrip_port_schedule_id?: number;
            port_ids?: number[];
            days_of_week?: string[];
            hour?: number;
            minute?: number;
            /** @enum {string} */
            action?: "port_disable" | "port_enable" | "port_reset";
        };
        /** @description A named list of up to four hosts probed to decide whether connectivity is lost. */
        PowerStripConnectionCheck: {
            connection_check_name?: string;
            hostname_1?: string | null;
            hostname_2?: string | null;
            hostname_3?: string | null;
            hostname_4?: string | null;
        };
        /** @description Writable configuration of a power strip (the update body; also part of the read result). */
        PowerStripConfig: {
            name?: string;
            description?: string;
            enable_pairing?: boolean;
            enable_power_switch?: boolean;
            enable_connection_check?: boolean;
            enable_connection_check_during_maintenance?: boolean;
            connection_check_max_retries?: number;
            connection_check_time_between_retries?: number;
            enable_mesh?: boolean;
            ports?: components["schemas"]["PowerStripPort"][];
            schedule?: components["schemas"]["PowerStripScheduleEntry"][];
            connection_checks?: components["schemas"]["PowerStripConnectionCheck"][];
        };
        /** @description Full details of one power strip. */
        PowerStrip: components["schemas"]["PowerStripSummary"] & components["schemas"]["PowerStripConfig"] & {
            network_id?: number;
            /** Format: date-time */
            last_modified?: string;
        };
        PowerStripUsageSample: {
            /** Format: date-time */
            time?: string;
            /** @description Readings per port, keyed by port number. */
            ports?: {
                [key: string]: {
                    active_power_w?: number;
                    voltage_v?: number;
                    current_a?: number;
                };
            };
            memory_available?: number;
            role?: string;
        };
        PowerStripUsage: {
            usage: components["schemas"]["PowerStripUsageSample"][];
        };
        /** @description Power-strip settings of a network. All members are optional on update. */
        PowerStripNetworkSettings: {
            /** @description Whether the physical power buttons of the strips work. */
            enable_power_switch?: boolean;
            /** @description Whether the strips join the mesh. */
            enable_mesh?: boolean;
            /** @description Whether the strips upgrade their firmware automatically. */
            enable_upgrade?: boolean;
            /** @description Firmware track/tag the strips run, e.g. `stable` (lower-case letters and digits). */
            firmware_tag?: string;
        };
        PowerStripFirmwareVersions: {
            firmware_versions: {
                /** @description Numeric id sent as a string. */
                tag_id?: string;
                tag?: string;
                build?: string;
            }[];
        };
        ScanStarted: {
            /** @description HTTP-like status of the request (200 when the scan was queued). */
            status?: number;
        };
        /** @description A neighbouring access point heard during the last scan. */
        SurveyAccessPoint: {
            ssid?: string;
            bssid?: string;
            /** @description e.g. `11b/g`. */
            mode?: string;
            /** @description e.g. `wpa2`. */
            encryption?: string;
            vendor?: string;
            seen_by_node?: {
                mac?: string;
                name?: string;
                /** Format: date-time */
                time?: string;
                /** @description Signal strength in dBm. */
                signal?: number;
            }[];
            channel_width?: number;
            channel?: number[];
        };
        SiteSurvey: {
            access_points: components["schemas"]["SurveyAccessPoint"][];
        };
        ServerTime: {
            /**
             * Format: date-time
             * @description Current server time, ISO 8601 in UTC.
             */
            time: string;
        };
        /** @enum {string} */
        VoucherStatus: "unused" | "deleted" | "active" | "expired";
        Voucher: {
            /** @description Code a guest enters to use the voucher. */
            code?: string;
            /** @description Voucher type (meaning of the values not documented). */
            type?: number;
            /** Format: date-time */
            created?: string;
            /** @description Usable time in hours. */
            duration?: number;
            /** @description MACs of the devices that used the voucher. */
            users?: string[];
            /** @description Devices that may share the voucher; 0 means unlimited. */
            max_users?: number;
            /** @description Download limit in Mbit/s. */
            down_limit?: number;
            /** @description Upload limit in Mbit/s. */
            up_limit?: number;
            comment?: string;
            /** @description True when cancelled manually. */
            cancelled?: boolean;
            /** @description Days after which the voucher is removed from the system. */
            purge_days?: number;
            /** @description PayPal transaction ids linked to the voucher. */
            tx_ids?: string[];
            /** @description Hours of use left. */
            remaining?: number;
            status?: components["schemas"]["VoucherStatus"];
        };
        VoucherList: {
            vouchers: components["schemas"]["Voucher"][];
        };
        /** @description Settings of a voucher to create or overwrite. */
        VoucherSpec: {
            /** @description Up to 16 printable ASCII characters; generated by the server when blank (create only). */
            code?: string;
            /** @description Hours the voucher stays usable once redeemed. */
            duration: number;
            /** @description Devices that may share the voucher; 0 means unlimited (devices are then not tracked). */
            max_users: number;
            /** @description Upload limit in Mbit/s. */
            up_limit: number;
            /** @description Download limit in Mbit/s. */
            down_limit: number;
            comment?: string;
            purge_days: number;
        };
        VoucherCreateRequest: {
            desired_vouchers: components["schemas"]["VoucherSpec"][];
        };
        /** @description Vouchers to overwrite, identified by `code`. Every member except `comment` is required; leaving `comment` out clears the stored comment. */
        VoucherUpdateRequest: {
            vouchers: (components["schemas"]["VoucherSpec"] & unknown)[];
        };
        VoucherActionRequest: {
            /** @description Codes of the vouchers to act on. */
            vouchers: string[];
        };
        /** @description The docs say the vouchers operated on are returned but do not show the shape; a `vouchers` list of voucher objects, like the list operation, is assumed. */
        VoucherActionResult: {
            vouchers?: components["schemas"]["Voucher"][];
        };
    };
    responses: {
        /** @description Success; the body is an empty JSON object. */
        EmptySuccess: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EmptyObject"];
            };
        };
        /** @description Success. The provider only promises HTTP 200 for this operation and shows no body; an empty JSON object is assumed. Clients should not rely on any body content. */
        PlainSuccess: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EmptyObject"];
            };
        };
        /** @description The new user API key; `key` is only shown this once. */
        UserKeyCreatedResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UserKeyCreated"];
            };
        };
        /** @description Id of the new network. */
        NetworkCreatedResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NetworkCreated"];
            };
        };
        /** @description Allowed channels per band. */
        AllowedChannelsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AllowedChannels"];
            };
        };
        /** @description The request could not be carried out for some items; the body lists the problems (documented for the voucher update and action calls). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Authentication failed: wrong API version header (13004), missing nonce or timestamp (13001), stale timestamp (13002), reused or too long nonce (13003, 13012), unknown or expired key (13011, 13007, 13016), empty or wrong signature (13015, 13000). The docs show the body but not the HTTP status; 401 is assumed. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The request was refused: invalid input (one element per problem) or missing permission for the key or user, e.g. a network key reaching another network (13009), a network key on an account-only operation (1001) or a key kind the operation does not accept (13005). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The addressed object (network, node, user, group...) does not exist or is not visible to the caller. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description Account id.
         * @example 3021
         */
        AccountId: number;
        /**
         * @description User id.
         * @example 57
         */
        UserId: number;
        /**
         * @description Id of a user API key (`user_key_id`).
         * @example 904
         */
        UserKeyId: number;
        /**
         * @description Network id.
         * @example 12478
         */
        NetworkId: number;
        /**
         * @description Network group id.
         * @example 14
         */
        NetworkGroupId: number;
        /**
         * @description Id of an uploaded splash-page file.
         * @example 168
         */
        FileId: number;
        /**
         * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
         * @example 548430
         */
        NodeId: string;
        /**
         * @description Client id (`cid`), an opaque string (numeric in the history examples, base64url text elsewhere).
         * @example 40917
         */
        ClientId: string;
        /**
         * @description Switch id.
         * @example 318
         */
        SwitchId: number;
        /**
         * @description Port label as reported in the switch's `ports[].id` (e.g. `1`, `F1`, `trunk1`).
         * @example 1
         */
        SwitchPortNumber: string;
        /**
         * @description Power strip id.
         * @example 77
         */
        PowerStripId: number;
        /**
         * @description Outlet number (`port_id`), starting at 1.
         * @example 1
         */
        PowerStripPortNumber: number;
        /**
         * @description Action applied to every listed voucher.
         * @example reset
         */
        VoucherAction: "restore" | "renew" | "reset" | "delete";
        /**
         * @description Time span covered. `2hours` gives 24 samples of 5 minutes; `day` 288 samples of 5 minutes; `week` 288 samples of 35 minutes; `month` 288 samples of 155 minutes.
         * @example week
         */
        Period: "2hours" | "day" | "week" | "month";
        /**
         * @description ISO 3166 alpha-2 country to evaluate instead of the stored one.
         * @example CA
         */
        Country: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 3021
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUpdate"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setAccountOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 3021
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AccountOwnerChange"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Key pair issued for the user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createEmbedCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The embed key pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeySecretPair"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteEmbedCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status element 14001 ("Deletion of key/secret succeeded."). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusElement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getServiceAgreementStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acceptance state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAgreementStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    acceptServiceAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status element 1009. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusElement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAuditLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account id.
                 * @example 3021
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    disableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    enableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createUserKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserKeyCreatedResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createOwnUserKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserKeyCreatedResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listUserKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Keys of the user (without the key strings). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserKeyList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteUserKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
                /**
                 * @description Id of a user API key (`user_key_id`).
                 * @example 904
                 */
                userKeyId: components["parameters"]["UserKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteOwnUserKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of a user API key (`user_key_id`).
                 * @example 904
                 */
                userKeyId: components["parameters"]["UserKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description The created user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCreated"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Users of the account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createPasswordResetToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reset token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getUserNetworkRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Role on the network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getUserAccountRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Account role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountRole"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getUserServiceAgreementStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acceptance state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAgreementStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    acceptUserServiceAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    grantNetworkPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleAssignment"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    revokeNetworkPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    grantNetworkGroupPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network group id.
                 * @example 14
                 */
                networkgroupId: components["parameters"]["NetworkGroupId"];
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleAssignment"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    revokeNetworkGroupPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network group id.
                 * @example 14
                 */
                networkgroupId: components["parameters"]["NetworkGroupId"];
                /**
                 * @description User id.
                 * @example 57
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listBlockedClients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Blocked clients keyed by MAC. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockedClientList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setClientsBlocked: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientBlockRequest"];
            };
        };
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    renameClients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientRenameRequest"];
            };
        };
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getNetworkHistory: {
        parameters: {
            query?: {
                /**
                 * @description Time span covered. `2hours` gives 24 samples of 5 minutes; `day` 288 samples of 5 minutes; `week` 288 samples of 35 minutes; `month` 288 samples of 155 minutes.
                 * @example week
                 */
                period?: components["parameters"]["Period"];
            };
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per-SSID traffic rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkHistory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getClientsHistory: {
        parameters: {
            query?: {
                /**
                 * @description Time span covered. `2hours` gives 24 samples of 5 minutes; `day` 288 samples of 5 minutes; `week` 288 samples of 35 minutes; `month` 288 samples of 155 minutes.
                 * @example week
                 */
                period?: components["parameters"]["Period"];
            };
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Clients with their traffic. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientsHistory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getClientHistory: {
        parameters: {
            query?: {
                /**
                 * @description Time span covered. `2hours` gives 24 samples of 5 minutes; `day` 288 samples of 5 minutes; `week` 288 samples of 35 minutes; `month` 288 samples of 155 minutes.
                 * @example week
                 */
                period?: components["parameters"]["Period"];
            };
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
                /**
                 * @description Client id (`cid`), an opaque string (numeric in the history examples, base64url text elsewhere).
                 * @example 40917
                 */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rate samples of the client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientHistory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getNodesHistory: {
        parameters: {
            query?: {
                /**
                 * @description Time span covered. `2hours` gives 24 samples of 5 minutes; `day` 288 samples of 5 minutes; `week` 288 samples of 35 minutes; `month` 288 samples of 155 minutes.
                 * @example week
                 */
                period?: components["parameters"]["Period"];
            };
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description History per node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodesHistory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getNodeHistory: {
        parameters: {
            query?: {
                /**
                 * @description Time span covered. `2hours` gives 24 samples of 5 minutes; `day` 288 samples of 5 minutes; `week` 288 samples of 35 minutes; `month` 288 samples of 155 minutes.
                 * @example week
                 */
                period?: components["parameters"]["Period"];
            };
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rate samples of the node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeHistory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createNetworkGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkGroupName"];
            };
        };
        responses: {
            /** @description Id of the new group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkGroupCreated"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listNetworkGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accessible groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkGroupList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getNetworkGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network group id.
                 * @example 14
                 */
                networkgroupId: components["parameters"]["NetworkGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkGroup"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateNetworkGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network group id.
                 * @example 14
                 */
                networkgroupId: components["parameters"]["NetworkGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkGroupName"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteNetworkGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network group id.
                 * @example 14
                 */
                networkgroupId: components["parameters"]["NetworkGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    moveNetworkToGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network group id.
                 * @example 14
                 */
                networkgroupId: components["parameters"]["NetworkGroupId"];
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkCreate"];
            };
        };
        responses: {
            200: components["responses"]["NetworkCreatedResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createNetworkInGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network group id.
                 * @example 14
                 */
                networkgroupId: components["parameters"]["NetworkGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkCreate"];
            };
        };
        responses: {
            200: components["responses"]["NetworkCreatedResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status element 1009. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusElement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    searchNetworks: {
        parameters: {
            query: {
                /**
                 * @description Name pattern with `%` wildcards, e.g. `%hotel%`.
                 * @example %hotel%
                 */
                by_name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching networks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkSearchResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listNetworks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's networks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getNetworkAllowedChannels: {
        parameters: {
            query?: {
                /**
                 * @description ISO 3166 alpha-2 country to evaluate instead of the stored one.
                 * @example CA
                 */
                country?: components["parameters"]["Country"];
            };
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AllowedChannelsResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getNetworkSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateNetworkSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkSettings"];
            };
        };
        responses: {
            /** @description Status element 1009 (also returned when nothing matched; see the description). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusElement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    uploadNetworkFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkFileUpload"];
            };
        };
        responses: {
            /** @description Id and storage address of the file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkFileUploaded"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteNetworkFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
                /**
                 * @description Id of an uploaded splash-page file.
                 * @example 168
                 */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listNodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nodes keyed by id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NodeCreate"];
            };
        };
        responses: {
            /** @description Id of the new node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeCreated"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Node"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NodeUpdate"];
            };
        };
        responses: {
            /** @description Status element 1009. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusElement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status element 1009. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusElement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    rebootNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getNodeAllowedChannels: {
        parameters: {
            query?: {
                /**
                 * @description ISO 3166 alpha-2 country to evaluate instead of the stored one.
                 * @example CA
                 */
                country?: components["parameters"]["Country"];
            };
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AllowedChannelsResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    resetNodeEncryptionKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    enableNodePairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    expediteNodeUpgrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node (access point) id. Numeric, but handled as a string because the API keys nodes by string id and reports `nid` as a string.
                 * @example 548430
                 */
                nodeId: components["parameters"]["NodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    checkNodeMacExists: {
        parameters: {
            query: {
                /**
                 * @description MAC address to look up, colon separated.
                 * @example ac:86:74:5a:10:03
                 */
                mac: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the MAC exists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacExists"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listSwitches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switches of the network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createSwitch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchCreate"];
            };
        };
        responses: {
            /** @description Id of the new switch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchCreated"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getSwitch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Switch"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSwitch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchUpdate"];
            };
        };
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteSwitch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    rebootSwitch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    resetSwitchPort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
                /**
                 * @description Port label as reported in the switch's `ports[].id` (e.g. `1`, `F1`, `trunk1`).
                 * @example 1
                 */
                portNumber: components["parameters"]["SwitchPortNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    enableSwitchPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    expediteSwitchUpgrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getSwitchNetworkSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switch-related settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchNetworkSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSwitchNetworkSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchNetworkSettingsUpdate"];
            };
        };
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSwitchAllowedFirmware: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Allowed firmware per model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchAllowedFirmware"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getSwitchSnmpTraps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trap receivers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnmpTraps"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSwitchSnmpTraps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnmpTraps"];
            };
        };
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getSwitchAcls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ACLs and entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchAcls"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSwitchAcls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchAcls"];
            };
        };
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createSwitchAcls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchAcls"];
            };
        };
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteSwitchAcls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Switch id.
                 * @example 318
                 */
                switchId: components["parameters"]["SwitchId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchAcls"];
            };
        };
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listPowerStrips: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Power strips of the network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerStripList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createPowerStrip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PowerStripCreate"];
            };
        };
        responses: {
            /** @description Id of the new power strip. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerStripCreated"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getPowerStrip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The power strip. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerStrip"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updatePowerStrip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PowerStripConfig"];
            };
        };
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deletePowerStrip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getPowerStripUsage: {
        parameters: {
            query?: {
                /**
                 * @description Time span covered. `2hours` gives 24 samples of 5 minutes; `day` 288 samples of 5 minutes; `week` 288 samples of 35 minutes; `month` 288 samples of 155 minutes.
                 * @example week
                 */
                period?: components["parameters"]["Period"];
            };
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage samples. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerStripUsage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    checkInPowerStrip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    rebootPowerStrip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    enablePowerStripPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    resetPowerStripPort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Power strip id.
                 * @example 77
                 */
                powerstripId: components["parameters"]["PowerStripId"];
                /**
                 * @description Outlet number (`port_id`), starting at 1.
                 * @example 1
                 */
                portNumber: components["parameters"]["PowerStripPortNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getPowerStripNetworkSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Power-strip settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerStripNetworkSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updatePowerStripNetworkSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PowerStripNetworkSettings"];
            };
        };
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    expeditePowerStripUpgrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listPowerStripFirmwareVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Allowed firmware. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerStripFirmwareVersions"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    startSiteSurveyScan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scan queued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanStarted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getSiteSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Neighbouring access points. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteSurvey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getServerTime: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current server time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerTime"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listVouchers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Vouchers of the network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getVoucher: {
        parameters: {
            query: {
                /**
                 * @description Voucher code, URL-encoded (e.g. `Room%20214`).
                 * @example Room 214
                 */
                code: string;
            };
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The voucher. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Voucher"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createVouchers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoucherCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["PlainSuccess"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateVouchers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoucherUpdateRequest"];
            };
        };
        responses: {
            /** @description All vouchers were updated. No body is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    applyVoucherAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network id.
                 * @example 12478
                 */
                networkId: components["parameters"]["NetworkId"];
                /**
                 * @description Action applied to every listed voucher.
                 * @example reset
                 */
                action: components["parameters"]["VoucherAction"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoucherActionRequest"];
            };
        };
        responses: {
            /** @description The vouchers operated on (shape assumed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
