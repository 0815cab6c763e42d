// Generated from specs/cloudtrax (x-error-codes) by scripts/pipeline/render.ts. Do not edit.

/**
 * Every documented CloudTrax API error code by name, e.g. `if (code === CloudTraxError.Exception)`.
 */
export const CloudTraxError = {
  /** 1000: Exception: $reason$ (misc) */
  Exception: 1000,
  /** 1001: Key is not master. (misc) */
  KeyIsNotMaster: 1001,
  /** 1002: Request unknown or not implemented. (misc) */
  RequestUnknownOrNotImplemented: 1002,
  /** 1003: Id is invalid. (misc) */
  InvalidId: 1003,
  /** 1004: No network found. (misc) */
  NoNetworkFound: 1004,
  /** 1005: Name cannot be empty. (misc) */
  NameEmpty: 1005,
  /** 1006: Missing parameter. (misc) */
  MissingParameter: 1006,
  /** 1007: Access point ($mac$) not found. (misc) */
  AccessPointNotFound: 1007,
  /** 1008: Mac address ($mac$) is in the wrong format.  Must match regx $regx$. (misc) */
  MacAddressWrongFormat: 1008,
  /** 1009: Success (misc) */
  Success: 1009,
  /** 1016: Internal error. (misc) */
  InternalError: 1016,
  /** 1017: Element not found. (misc) */
  ElementNotFound: 1017,
  /** 1018: Incorrect API privileges. (misc) */
  IncorrectApiPrivileges: 1018,
  /** 1019: Internal error. (misc) */
  InternalErrorSecondary: 1019,
  /** 10000: You have one or more access points that are not upgradeable.  These may include generic_ap51, OM1P, MR500 or older OM2P APs. Please try again once these are removed from your network. (general) */
  AccessPointsNotUpgradeable: 10000,
  /** 10001: Your current captive portal is CoovaChilli, which is not available in the upgraded firmware. Please select a different captive portal configuration and try again. (general) */
  CoovaChilliCaptivePortalUnsupported: 10001,
  /** 10002: Some access points are running an older firmware version that requires them to be online before the upgrade can start. Please bring them online or remove them from the network. (general) */
  OfflineAccessPointsBlockUpgrade: 10002,
  /** 11000: Client list cannot be empty. (history) */
  ClientListEmpty: 11000,
  /** 11001: Client id cannot be 0. (history) */
  ClientIdZero: 11001,
  /** 11002: Client name cannot be empty. (history) */
  ClientNameEmpty: 11002,
  /** 12000: Network not found, create or migrate first. (network) */
  NetworkNotFound: 12000,
  /** 12001: String length ($length$) out of range ($min$ - $max$). (network) */
  StringLengthOutOfRange: 12001,
  /** 12002: Invalid characters.  Used regx: $regx$. (network) */
  InvalidCharacters: 12002,
  /** 12003: Unknown timezone. (network) */
  UnknownTimezone: 12003,
  /** 12004: Int value ($value$) out of range ($min$ - $max$). (network) */
  IntValueOutOfRange: 12004,
  /** 12005: Unknown country code. (network) */
  UnknownCountryCode: 12005,
  /** 12006: Unknown ht_mode, expect (HT20/HT40+/HT40-/HT80+/HT80-/HT160+/HT160-). (network) */
  UnknownHtMode: 12006,
  /** 12007: Invalid channel. (network) */
  InvalidChannel: 12007,
  /** 12008: Unknown firmware release. (network) */
  UnknownFirmwareRelease: 12008,
  /** 12009: More than 4 ssids are not allowed. (network) */
  TooManySsids: 12009,
  /** 12010: Invalid day(s), use su|mo|tu|we|th|fr|sa. (network) */
  InvalidDays: 12010,
  /** 12011: No id given. (network) */
  NoIdGiven: 12011,
  /** 12012: Id not found, use 0 to create a new entry. (network) */
  IdNotFoundUseZeroToCreate: 12012,
  /** 12013: Too many elements or elements too large.  Max is $max$. (network) */
  TooManyOrTooLargeElements: 12013,
  /** 12014: Unknown login method. (network) */
  UnknownLoginMethod: 12014,
  /** 12015: Unknown splash page. (network) */
  UnknownSplashPage: 12015,
  /** 12016: Unknown auth type. (network) */
  UnknownAuthType: 12016,
  /** 12017: Vlan tag "$tag$" is already in use. (network) */
  VlanTagInUse: 12017,
  /** 12018: Too many entries. Maximum is $max. (network) */
  TooManyEntries: 12018,
  /** 12019: No entry. Minimum is 1. (network) */
  NoEntry: 12019,
  /** 12020: SSID ($id$) does not exist. (network) */
  SsidDoesNotExist: 12020,
  /** 12021: Facebook gateway registration error (id: $id$). (network) */
  FacebookGatewayRegistrationError: 12021,
  /** 12022: Name already exists. (network) */
  NameAlreadyExists: 12022,
  /** 12023: Bcrypt error. (network) */
  BcryptError: 12023,
  /** 12024: Role should be 'image', 'page', or 'file'. (network) */
  InvalidFileRole: 12024,
  /** 12025: File size ($size$) is too large. Max is $max$. (network) */
  FileTooLarge: 12025,
  /** 12026: Upload failure (network) */
  UploadFailure: 12026,
  /** 12027: Bad ssid id (network) */
  BadSsidId: 12027,
  /** 12028: Bad file id (network) */
  BadFileId: 12028,
  /** 12029: Error during the delete process (network) */
  DeleteProcessError: 12029,
  /** 12030: File missing. (network) */
  FileMissing: 12030,
  /** 12047: Not permitted by network id. (network) */
  NotPermittedByNetworkId: 12047,
  /** 13000: Signature wrong. (auth) */
  SignatureWrong: 13000,
  /** 13001: No nonce or timestamp in header. (auth) */
  NoNonceOrTimestamp: 13001,
  /** 13002: Timestamp too old or in the future. (auth) */
  TimestampOutOfRange: 13002,
  /** 13003: Nonce already exists. (auth) */
  NonceAlreadyExists: 13003,
  /** 13004: Version is not valid. (auth) */
  InvalidApiVersion: 13004,
  /** 13005: Unauthorized access from key $key$. (auth) */
  UnauthorizedKeyAccess: 13005,
  /** 13006: Read-only key does not have access to all components. (auth) */
  ReadOnlyKeyAccessDenied: 13006,
  /** 13007: Expired key (auth) */
  ExpiredKey: 13007,
  /** 13008: Master is not allowed access. (auth) */
  MasterAccessNotAllowed: 13008,
  /** 13009: Network id doesn't match key. (auth) */
  NetworkIdKeyMismatch: 13009,
  /** 13010: No network id or master given. (auth) */
  NoNetworkIdOrMaster: 13010,
  /** 13011: Unknown key. (auth) */
  UnknownKey: 13011,
  /** 13012: Nonce length ($length$) too long.  Max is $max$. (auth) */
  NonceTooLong: 13012,
  /** 13015: Empty signature header. (auth) */
  EmptySignatureHeader: 13015,
  /** 13016: Key is expired. (auth) */
  KeyIsExpired: 13016,
  /** 14000: User name cannot be empty. (accounts) */
  UserNameEmpty: 14000,
  /** 14001: Deletion of key/secret succeeded. (accounts) */
  KeySecretDeletionSucceeded: 14001,
  /** 14002: Deletion of key/secret failed. (accounts) */
  KeySecretDeletionFailed: 14002,
  /** 14003: Method $method$ is unknown. (accounts) */
  UnknownMethod: 14003,
  /** 16000: Id invalid or pairing disabled. (cloud) */
  InvalidIdOrPairingDisabled: 16000,
  /** 16001: Mis-match of mac addresses: mac: 1. $auth_mac$ 2. $primary_mac$ 3. $node_mac$. (cloud) */
  MacAddressMismatch: 16001,
  /** 16002: No old settings. (cloud) */
  NoOldSettings: 16002,
  /** 16003: Key mac ($auth_mac$) doesn't match AP mac ($node_mac$). (cloud) */
  KeyMacApMacMismatch: 16003,
  /** 16004: Voucher string length ($len$) is too long.  Max is $max$. (cloud) */
  VoucherCodeTooLong: 16004,
  /** 16005: Failure getting access point data. (cloud) */
  AccessPointDataFailure: 16005,
  /** 16006: Failure getting health care data. (cloud) */
  HealthDataFailure: 16006,
  /** 16007: Failure storing remote log. (cloud) */
  RemoteLogStoreFailure: 16007,
  /** 17000: Mac ($mac$) already exists in your network. (nodes) */
  MacExistsInNetwork: 17000,
  /** 17001: Mac ($mac$) already exists in another of your networks, but you have not set 'confirm_transfer' true. (nodes) */
  MacExistsTransferNotConfirmed: 17001,
  /** 17002: Mac ($mac$) already exists in another network. (nodes) */
  MacExistsInOtherNetwork: 17002,
  /** 17003: Could not delete access point (id $id$). (nodes) */
  AccessPointDeleteFailed: 17003,
  /** 17004: Could not reboot access point (id $id$). (nodes) */
  AccessPointRebootFailed: 17004,
  /** 17005: Could not reset encrypt key access point (id $id$). (nodes) */
  AccessPointEncryptKeyResetFailed: 17005,
  /** 17006: Could not enable pairing for access point (id $id$). (nodes) */
  AccessPointPairingFailed: 17006,
  /** 17007: Could not expedite upgrade for access point (id $id$). (nodes) */
  AccessPointExpediteUpgradeFailed: 17007,
  /** 19007: Network name invalid. (network) */
  NetworkNameInvalid: 19007,
  /** 20000: Email already exists. (users) */
  EmailAlreadyExists: 20000,
  /** 20001: Could not verify user. (users) */
  UserVerificationFailed: 20001,
  /** 20002: User is not verified. (users) */
  UserNotVerified: 20002,
  /** 20003: Wrong password. (users) */
  WrongPassword: 20003,
  /** 20004: User not found. (users) */
  UserNotFound: 20004,
  /** 20005: No permission for this component and method. (users) */
  NoPermissionForComponentMethod: 20005,
  /** 20006: Only one parameter of role or custom_permission is allowed in one request. (users) */
  RoleAndCustomPermissionConflict: 20006,
  /** 20007: Password size must be between 8 and 50 characters. (users) */
  PasswordLengthInvalid: 20007,
  /** 20008: Wrong verification error. (users) */
  WrongVerification: 20008,
  /** 20009: User is already verified. (users) */
  UserAlreadyVerified: 20009,
  /** 20010: E-Mail is not in a valid format. (users) */
  InvalidEmailFormat: 20010,
  /** 20011: Something went wrong with generating error/secret. (users) */
  KeySecretGenerationFailed: 20011,
  /** 20012: Cannot create user with the given error. (users) */
  UserCreationFailed: 20012,
  /** 20013: Wrong resource-id for user. (users) */
  WrongResourceIdForUser: 20013,
  /** 20014: cannot create and add user to account. The role of the new user must be specified. (users) */
  NewUserRoleRequired: 20014,
  /** 20015: cannot create and add user to account. Not permitted. (users) */
  UserCreationNotPermitted: 20015,
  /** 20016: cannot add user with given user-role to networkgroup. Not permitted. (users) */
  NetworkGroupRoleNotPermitted: 20016,
  /** 20017: Cannot add user to networkgroup. No Role specified. (users) */
  NetworkGroupRoleMissing: 20017,
  /** 20018: Cannot grant user-permission for network. No Role specified. (users) */
  NetworkRoleMissing: 20018,
  /** 20019: Cannot revoke user-permission from networkgroup. No permission found for user-id and networkgroup-id. (users) */
  NetworkGroupPermissionNotFound: 20019,
  /** 20020: cannot revoke user-permission from networkgroup. Not permitted. (users) */
  NetworkGroupRevokeNotPermitted: 20020,
  /** 20021: Cannot revoke user-permission from network. No permission found for user-id and network-id. (users) */
  NetworkPermissionNotFound: 20021,
  /** 20022: cannot revoke user-permission from network. Not permitted. (users) */
  NetworkRevokeNotPermitted: 20022,
  /** 20023: Cannot delete user. Not permitted. (users) */
  UserDeleteNotPermitted: 20023,
  /** 20024: Cannot delete yourself. (users) */
  CannotDeleteSelf: 20024,
  /** 20025: Cannot delete user. User has permissions to more networks. (users) */
  UserHasOtherNetworkPermissions: 20025,
  /** 20026: Cannot retrieve user-data. Not permitted (users) */
  UserDataRetrievalNotPermitted: 20026,
  /** 20027: Cannot add user to networkgroup. User is not in same account. (users) */
  NetworkGroupUserAccountMismatch: 20027,
  /** 20028: Cannot add user to network. User is not in same account. (users) */
  NetworkUserAccountMismatch: 20028,
  /** 20029: Not permitted by user ID. (users) */
  NotPermittedByUserId: 20029,
  /** 20030: Password required. (users) */
  PasswordRequired: 20030,
  /** 20031: Password updates are only permitted by the user. (users) */
  PasswordUpdateSelfOnly: 20031,
  /** 20032: Token required. (users) */
  TokenRequired: 20032,
  /** 20033: Too many attempts. Please contact support. (users) */
  TooManyAttempts: 20033,
  /** 20034: User disabled. (users) */
  UserDisabled: 20034,
  /** 20035: Cannot delete the account creator. (users) */
  CannotDeleteAccountCreator: 20035,
  /** 20036: User name is required. (users) */
  UserNameRequired: 20036,
  /** 20037: Email is required. (users) */
  EmailRequired: 20037,
  /** 20038: User is not in the same account. (users) */
  UserNotInSameAccount: 20038,
  /** 20039: User must be an account admin. (users) */
  AccountAdminRequired: 20039,
  /** 20040: User must be the account owner. (users) */
  AccountOwnerRequired: 20040,
  /** 20041: User has reached maximum login attempts. Reset password. (users) */
  MaxLoginAttemptsReached: 20041,
  /** 20042: API users must be created via an Account Owner or Account Admin, not an Application API key. (users) */
  ApiUserCreationByApplicationKey: 20042,
  /** 20043: API key does not belong to the specified user. (users) */
  ApiKeyUserMismatch: 20043,
  /** 20044: User has too many API keys. (users) */
  TooManyApiKeys: 20044,
  /** 20045: API users cannot have passwords. (users) */
  ApiUserPasswordNotAllowed: 20045,
  /** 20047: User must be able to login before being assigned as the owner. (users) */
  OwnerMustBeAbleToLogin: 20047,
  /** 30000: The needed user-role is not defined. (permissions) */
  UserRoleNotDefined: 30000,
  /** 30001: No permissions for this request. (permissions) */
  NoPermissionForRequest: 30001,
  /** 30002: No permissions to access this resource. (permissions) */
  NoPermissionForResource: 30002,
  /** 40000: Cannot move network. No networkgroup destination specified. (network group) */
  NoNetworkGroupDestination: 40000,
  /** 40001: Cannot move network. There are still user-permissions for this network. (network group) */
  NetworkHasUserPermissions: 40001,
  /** 40002: Cannot move network. Network with given id does not exist. (network group) */
  MoveNetworkNotFound: 40002,
  /** 40003: Network group not found. (network group) */
  NetworkGroupNotFound: 40003,
  /** 40004: Cannot remove networkgroup. There are still networks in this group. First remove or move the networks. (network group) */
  NetworkGroupNotEmpty: 40004,
  /** 40005: In this account there is already a networkgroup with this name. Choose another name. (network group) */
  NetworkGroupNameTaken: 40005,
  /** 40006: Not permitted by networkgroup id (network group) */
  NotPermittedByNetworkGroupId: 40006,
  /** 40007: Must have Network Admin privileges (network group) */
  NetworkAdminRequired: 40007,
  /** 40008: Invalid networkgroup name length. (network group) */
  InvalidNetworkGroupNameLength: 40008,
  /** 50000: Account not found. (account) */
  AccountNotFound: 50000,
  /** 50001: No permission to update this account. (account) */
  AccountUpdateNotPermitted: 50001,
  /** 50002: There is already an account with this name. Choose another name. (account) */
  AccountNameTaken: 50002,
  /** 50003: Invalid name. (account) */
  InvalidAccountName: 50003,
} as const;

export type CloudTraxErrorName = keyof typeof CloudTraxError;
export type CloudTraxErrorCode = (typeof CloudTraxError)[CloudTraxErrorName];

/** The documented catalogue: code, name and the provider's own message text, in spec order. */
export const cloudTraxErrorCatalogue: readonly { code: CloudTraxErrorCode; name: CloudTraxErrorName; message: string }[] = [
  { code: 1000, name: "Exception", message: "Exception: $reason$" },
  { code: 1001, name: "KeyIsNotMaster", message: "Key is not master." },
  { code: 1002, name: "RequestUnknownOrNotImplemented", message: "Request unknown or not implemented." },
  { code: 1003, name: "InvalidId", message: "Id is invalid." },
  { code: 1004, name: "NoNetworkFound", message: "No network found." },
  { code: 1005, name: "NameEmpty", message: "Name cannot be empty." },
  { code: 1006, name: "MissingParameter", message: "Missing parameter." },
  { code: 1007, name: "AccessPointNotFound", message: "Access point ($mac$) not found." },
  { code: 1008, name: "MacAddressWrongFormat", message: "Mac address ($mac$) is in the wrong format.  Must match regx $regx$." },
  { code: 1009, name: "Success", message: "Success" },
  { code: 1016, name: "InternalError", message: "Internal error." },
  { code: 1017, name: "ElementNotFound", message: "Element not found." },
  { code: 1018, name: "IncorrectApiPrivileges", message: "Incorrect API privileges." },
  { code: 1019, name: "InternalErrorSecondary", message: "Internal error." },
  { code: 10000, name: "AccessPointsNotUpgradeable", message: "You have one or more access points that are not upgradeable.  These may include generic_ap51, OM1P, MR500 or older OM2P APs. Please try again once these are removed from your network." },
  { code: 10001, name: "CoovaChilliCaptivePortalUnsupported", message: "Your current captive portal is CoovaChilli, which is not available in the upgraded firmware. Please select a different captive portal configuration and try again." },
  { code: 10002, name: "OfflineAccessPointsBlockUpgrade", message: "Some access points are running an older firmware version that requires them to be online before the upgrade can start. Please bring them online or remove them from the network." },
  { code: 11000, name: "ClientListEmpty", message: "Client list cannot be empty." },
  { code: 11001, name: "ClientIdZero", message: "Client id cannot be 0." },
  { code: 11002, name: "ClientNameEmpty", message: "Client name cannot be empty." },
  { code: 12000, name: "NetworkNotFound", message: "Network not found, create or migrate first." },
  { code: 12001, name: "StringLengthOutOfRange", message: "String length ($length$) out of range ($min$ - $max$)." },
  { code: 12002, name: "InvalidCharacters", message: "Invalid characters.  Used regx: $regx$." },
  { code: 12003, name: "UnknownTimezone", message: "Unknown timezone." },
  { code: 12004, name: "IntValueOutOfRange", message: "Int value ($value$) out of range ($min$ - $max$)." },
  { code: 12005, name: "UnknownCountryCode", message: "Unknown country code." },
  { code: 12006, name: "UnknownHtMode", message: "Unknown ht_mode, expect (HT20/HT40+/HT40-/HT80+/HT80-/HT160+/HT160-)." },
  { code: 12007, name: "InvalidChannel", message: "Invalid channel." },
  { code: 12008, name: "UnknownFirmwareRelease", message: "Unknown firmware release." },
  { code: 12009, name: "TooManySsids", message: "More than 4 ssids are not allowed." },
  { code: 12010, name: "InvalidDays", message: "Invalid day(s), use su|mo|tu|we|th|fr|sa." },
  { code: 12011, name: "NoIdGiven", message: "No id given." },
  { code: 12012, name: "IdNotFoundUseZeroToCreate", message: "Id not found, use 0 to create a new entry." },
  { code: 12013, name: "TooManyOrTooLargeElements", message: "Too many elements or elements too large.  Max is $max$." },
  { code: 12014, name: "UnknownLoginMethod", message: "Unknown login method." },
  { code: 12015, name: "UnknownSplashPage", message: "Unknown splash page." },
  { code: 12016, name: "UnknownAuthType", message: "Unknown auth type." },
  { code: 12017, name: "VlanTagInUse", message: "Vlan tag \"$tag$\" is already in use." },
  { code: 12018, name: "TooManyEntries", message: "Too many entries. Maximum is $max." },
  { code: 12019, name: "NoEntry", message: "No entry. Minimum is 1." },
  { code: 12020, name: "SsidDoesNotExist", message: "SSID ($id$) does not exist." },
  { code: 12021, name: "FacebookGatewayRegistrationError", message: "Facebook gateway registration error (id: $id$)." },
  { code: 12022, name: "NameAlreadyExists", message: "Name already exists." },
  { code: 12023, name: "BcryptError", message: "Bcrypt error." },
  { code: 12024, name: "InvalidFileRole", message: "Role should be 'image', 'page', or 'file'." },
  { code: 12025, name: "FileTooLarge", message: "File size ($size$) is too large. Max is $max$." },
  { code: 12026, name: "UploadFailure", message: "Upload failure" },
  { code: 12027, name: "BadSsidId", message: "Bad ssid id" },
  { code: 12028, name: "BadFileId", message: "Bad file id" },
  { code: 12029, name: "DeleteProcessError", message: "Error during the delete process" },
  { code: 12030, name: "FileMissing", message: "File missing." },
  { code: 12047, name: "NotPermittedByNetworkId", message: "Not permitted by network id." },
  { code: 13000, name: "SignatureWrong", message: "Signature wrong." },
  { code: 13001, name: "NoNonceOrTimestamp", message: "No nonce or timestamp in header." },
  { code: 13002, name: "TimestampOutOfRange", message: "Timestamp too old or in the future." },
  { code: 13003, name: "NonceAlreadyExists", message: "Nonce already exists." },
  { code: 13004, name: "InvalidApiVersion", message: "Version is not valid." },
  { code: 13005, name: "UnauthorizedKeyAccess", message: "Unauthorized access from key $key$." },
  { code: 13006, name: "ReadOnlyKeyAccessDenied", message: "Read-only key does not have access to all components." },
  { code: 13007, name: "ExpiredKey", message: "Expired key" },
  { code: 13008, name: "MasterAccessNotAllowed", message: "Master is not allowed access." },
  { code: 13009, name: "NetworkIdKeyMismatch", message: "Network id doesn't match key." },
  { code: 13010, name: "NoNetworkIdOrMaster", message: "No network id or master given." },
  { code: 13011, name: "UnknownKey", message: "Unknown key." },
  { code: 13012, name: "NonceTooLong", message: "Nonce length ($length$) too long.  Max is $max$." },
  { code: 13015, name: "EmptySignatureHeader", message: "Empty signature header." },
  { code: 13016, name: "KeyIsExpired", message: "Key is expired." },
  { code: 14000, name: "UserNameEmpty", message: "User name cannot be empty." },
  { code: 14001, name: "KeySecretDeletionSucceeded", message: "Deletion of key/secret succeeded." },
  { code: 14002, name: "KeySecretDeletionFailed", message: "Deletion of key/secret failed." },
  { code: 14003, name: "UnknownMethod", message: "Method $method$ is unknown." },
  { code: 16000, name: "InvalidIdOrPairingDisabled", message: "Id invalid or pairing disabled." },
  { code: 16001, name: "MacAddressMismatch", message: "Mis-match of mac addresses: mac: 1. $auth_mac$ 2. $primary_mac$ 3. $node_mac$." },
  { code: 16002, name: "NoOldSettings", message: "No old settings." },
  { code: 16003, name: "KeyMacApMacMismatch", message: "Key mac ($auth_mac$) doesn't match AP mac ($node_mac$)." },
  { code: 16004, name: "VoucherCodeTooLong", message: "Voucher string length ($len$) is too long.  Max is $max$." },
  { code: 16005, name: "AccessPointDataFailure", message: "Failure getting access point data." },
  { code: 16006, name: "HealthDataFailure", message: "Failure getting health care data." },
  { code: 16007, name: "RemoteLogStoreFailure", message: "Failure storing remote log." },
  { code: 17000, name: "MacExistsInNetwork", message: "Mac ($mac$) already exists in your network." },
  { code: 17001, name: "MacExistsTransferNotConfirmed", message: "Mac ($mac$) already exists in another of your networks, but you have not set 'confirm_transfer' true." },
  { code: 17002, name: "MacExistsInOtherNetwork", message: "Mac ($mac$) already exists in another network." },
  { code: 17003, name: "AccessPointDeleteFailed", message: "Could not delete access point (id $id$)." },
  { code: 17004, name: "AccessPointRebootFailed", message: "Could not reboot access point (id $id$)." },
  { code: 17005, name: "AccessPointEncryptKeyResetFailed", message: "Could not reset encrypt key access point (id $id$)." },
  { code: 17006, name: "AccessPointPairingFailed", message: "Could not enable pairing for access point (id $id$)." },
  { code: 17007, name: "AccessPointExpediteUpgradeFailed", message: "Could not expedite upgrade for access point (id $id$)." },
  { code: 19007, name: "NetworkNameInvalid", message: "Network name invalid." },
  { code: 20000, name: "EmailAlreadyExists", message: "Email already exists." },
  { code: 20001, name: "UserVerificationFailed", message: "Could not verify user." },
  { code: 20002, name: "UserNotVerified", message: "User is not verified." },
  { code: 20003, name: "WrongPassword", message: "Wrong password." },
  { code: 20004, name: "UserNotFound", message: "User not found." },
  { code: 20005, name: "NoPermissionForComponentMethod", message: "No permission for this component and method." },
  { code: 20006, name: "RoleAndCustomPermissionConflict", message: "Only one parameter of role or custom_permission is allowed in one request." },
  { code: 20007, name: "PasswordLengthInvalid", message: "Password size must be between 8 and 50 characters." },
  { code: 20008, name: "WrongVerification", message: "Wrong verification error." },
  { code: 20009, name: "UserAlreadyVerified", message: "User is already verified." },
  { code: 20010, name: "InvalidEmailFormat", message: "E-Mail is not in a valid format." },
  { code: 20011, name: "KeySecretGenerationFailed", message: "Something went wrong with generating error/secret." },
  { code: 20012, name: "UserCreationFailed", message: "Cannot create user with the given error." },
  { code: 20013, name: "WrongResourceIdForUser", message: "Wrong resource-id for user." },
  { code: 20014, name: "NewUserRoleRequired", message: "cannot create and add user to account. The role of the new user must be specified." },
  { code: 20015, name: "UserCreationNotPermitted", message: "cannot create and add user to account. Not permitted." },
  { code: 20016, name: "NetworkGroupRoleNotPermitted", message: "cannot add user with given user-role to networkgroup. Not permitted." },
  { code: 20017, name: "NetworkGroupRoleMissing", message: "Cannot add user to networkgroup. No Role specified." },
  { code: 20018, name: "NetworkRoleMissing", message: "Cannot grant user-permission for network. No Role specified." },
  { code: 20019, name: "NetworkGroupPermissionNotFound", message: "Cannot revoke user-permission from networkgroup. No permission found for user-id and networkgroup-id." },
  { code: 20020, name: "NetworkGroupRevokeNotPermitted", message: "cannot revoke user-permission from networkgroup. Not permitted." },
  { code: 20021, name: "NetworkPermissionNotFound", message: "Cannot revoke user-permission from network. No permission found for user-id and network-id." },
  { code: 20022, name: "NetworkRevokeNotPermitted", message: "cannot revoke user-permission from network. Not permitted." },
  { code: 20023, name: "UserDeleteNotPermitted", message: "Cannot delete user. Not permitted." },
  { code: 20024, name: "CannotDeleteSelf", message: "Cannot delete yourself." },
  { code: 20025, name: "UserHasOtherNetworkPermissions", message: "Cannot delete user. User has permissions to more networks." },
  { code: 20026, name: "UserDataRetrievalNotPermitted", message: "Cannot retrieve user-data. Not permitted" },
  { code: 20027, name: "NetworkGroupUserAccountMismatch", message: "Cannot add user to networkgroup. User is not in same account." },
  { code: 20028, name: "NetworkUserAccountMismatch", message: "Cannot add user to network. User is not in same account." },
  { code: 20029, name: "NotPermittedByUserId", message: "Not permitted by user ID." },
  { code: 20030, name: "PasswordRequired", message: "Password required." },
  { code: 20031, name: "PasswordUpdateSelfOnly", message: "Password updates are only permitted by the user." },
  { code: 20032, name: "TokenRequired", message: "Token required." },
  { code: 20033, name: "TooManyAttempts", message: "Too many attempts. Please contact support." },
  { code: 20034, name: "UserDisabled", message: "User disabled." },
  { code: 20035, name: "CannotDeleteAccountCreator", message: "Cannot delete the account creator." },
  { code: 20036, name: "UserNameRequired", message: "User name is required." },
  { code: 20037, name: "EmailRequired", message: "Email is required." },
  { code: 20038, name: "UserNotInSameAccount", message: "User is not in the same account." },
  { code: 20039, name: "AccountAdminRequired", message: "User must be an account admin." },
  { code: 20040, name: "AccountOwnerRequired", message: "User must be the account owner." },
  { code: 20041, name: "MaxLoginAttemptsReached", message: "User has reached maximum login attempts. Reset password." },
  { code: 20042, name: "ApiUserCreationByApplicationKey", message: "API users must be created via an Account Owner or Account Admin, not an Application API key." },
  { code: 20043, name: "ApiKeyUserMismatch", message: "API key does not belong to the specified user." },
  { code: 20044, name: "TooManyApiKeys", message: "User has too many API keys." },
  { code: 20045, name: "ApiUserPasswordNotAllowed", message: "API users cannot have passwords." },
  { code: 20047, name: "OwnerMustBeAbleToLogin", message: "User must be able to login before being assigned as the owner." },
  { code: 30000, name: "UserRoleNotDefined", message: "The needed user-role is not defined." },
  { code: 30001, name: "NoPermissionForRequest", message: "No permissions for this request." },
  { code: 30002, name: "NoPermissionForResource", message: "No permissions to access this resource." },
  { code: 40000, name: "NoNetworkGroupDestination", message: "Cannot move network. No networkgroup destination specified." },
  { code: 40001, name: "NetworkHasUserPermissions", message: "Cannot move network. There are still user-permissions for this network." },
  { code: 40002, name: "MoveNetworkNotFound", message: "Cannot move network. Network with given id does not exist." },
  { code: 40003, name: "NetworkGroupNotFound", message: "Network group not found." },
  { code: 40004, name: "NetworkGroupNotEmpty", message: "Cannot remove networkgroup. There are still networks in this group. First remove or move the networks." },
  { code: 40005, name: "NetworkGroupNameTaken", message: "In this account there is already a networkgroup with this name. Choose another name." },
  { code: 40006, name: "NotPermittedByNetworkGroupId", message: "Not permitted by networkgroup id" },
  { code: 40007, name: "NetworkAdminRequired", message: "Must have Network Admin privileges" },
  { code: 40008, name: "InvalidNetworkGroupNameLength", message: "Invalid networkgroup name length." },
  { code: 50000, name: "AccountNotFound", message: "Account not found." },
  { code: 50001, name: "AccountUpdateNotPermitted", message: "No permission to update this account." },
  { code: 50002, name: "AccountNameTaken", message: "There is already an account with this name. Choose another name." },
  { code: 50003, name: "InvalidAccountName", message: "Invalid name." },
];

/** The catalogue entries for a code (a code may name several documented messages). */
export function describeCloudTraxError(code: unknown): readonly { code: CloudTraxErrorCode; name: CloudTraxErrorName; message: string }[] {
  return cloudTraxErrorCatalogue.filter((entry) => entry.code === code);
}
