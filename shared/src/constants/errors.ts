/**
 * Error codes of the HTTP contract (API.md), their statuses and default Chinese
 * messages. The answer's shape is `ErrorBody` (schemas/common.ts), which also
 * admits `INTERNAL`: the 500 answered to a bug, never declared by a route.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  INVALID_STATE: 409,
  INCOMPLETE: 422,
  RECEIPT_CODE_WRONG: 422,
  LOCKED: 423,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  /** a user's upload quota (per day or in total) would be exceeded: nothing was stored */
  QUOTA_EXCEEDED: 429,
  /** an Idempotency-Key used again with a different request */
  IDEMPOTENCY_KEY_REUSED: 422,
  /** an outside service (WeChat, real-name check, WeChat Pay…) failed: not the caller's fault */
  UPSTREAM_UNAVAILABLE: 503,
  /** the request (its headers, or its body) came in too slowly; the connection is closed */
  REQUEST_TIMEOUT: 408,
  /** a path or path parameter longer than any route takes */
  URI_TOO_LONG: 414,
  /** request headers over Node's 16 KB */
  HEADERS_TOO_LARGE: 431,
  /** the disk that keeps uploads is full: the operator's problem, not the caller's */
  STORAGE_FULL: 507,
  /** the database cannot be reached right now: nothing was done; try again after `Retry-After` seconds */
  DB_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '提交的内容不符合要求，请检查后重试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '未找到相关内容',
  VERSION_CONFLICT: '内容已被更新，请刷新后重试',
  INVALID_STATE: '当前状态下不能进行此操作',
  INCOMPLETE: '申请材料或信息不完整',
  RECEIPT_CODE_WRONG: '签收码不正确',
  LOCKED: '已锁定，请联系工作人员处理',
  PAYLOAD_TOO_LARGE: '文件太大',
  UNSUPPORTED_MEDIA_TYPE: '不支持的文件类型',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  QUOTA_EXCEEDED: '上传的文件已达上限',
  IDEMPOTENCY_KEY_REUSED: '该请求编号已用于另一项操作，请刷新后重试',
  UPSTREAM_UNAVAILABLE: '服务繁忙，请稍后再试',
  REQUEST_TIMEOUT: '网络太慢，请求超时，请稍后重试',
  URI_TOO_LONG: '请求地址过长',
  HEADERS_TOO_LARGE: '请求头过大',
  STORAGE_FULL: '存储空间不足，暂时无法保存文件，请稍后再试',
  DB_UNAVAILABLE: '系统暂时无法处理，请稍后再试',
};
