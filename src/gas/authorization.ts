/**
 * Whether this user must authorize the add-on (again) before it can do its work, and where: after
 * an update that asks for a new scope, installed triggers keep firing and menus keep opening, but
 * the services behind the new scope refuse. One question to ScriptApp, asked by the daily trigger,
 * by "Bật nhắc việc tự động" and by the error message of a refused call.
 * https://developers.google.com/apps-script/reference/script/authorization-info
 */

/** The address that grants what is missing ('' when Google gives none); null when nothing is missing. */
export function authorizationNeeded(): string | null {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return null;
  return info.getAuthorizationUrl() || '';
}
