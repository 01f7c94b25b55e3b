/** The mock WeChat web-authorisation page (what 微信 shows before login). */

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface AuthorizePageInput {
  appid: string;
  redirectUri: string;
  scope: string;
  state: string;
  user: string;
  error?: string;
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#ededed;margin:0;padding:48px 24px;color:#191919}
main{max-width:360px;margin:0 auto;background:#fff;border-radius:8px;padding:24px}
h1{font-size:18px;margin:0 0 8px}p{color:#666;font-size:14px}
input[type=text]{box-sizing:border-box;width:100%;padding:10px;font-size:16px;border:1px solid #ccc;border-radius:4px}
button{width:100%;margin-top:16px;padding:12px;font-size:16px;color:#fff;background:#07c160;border:0;border-radius:4px}
.error{color:#fa5151}
</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export function renderAuthorizePage(input: AuthorizePageInput): string {
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  const error = input.error ? `<p class="error" id="mock-oauth-error">${escapeHtml(input.error)}</p>` : '';
  return layout(
    '模拟微信授权登录',
    `<h1>模拟微信授权登录</h1>
<p>应用 ${escapeHtml(input.appid)} 请求获取你的身份标识（${escapeHtml(input.scope)}）。这是本地模拟页面，输入任意用户名即可登录。</p>
${error}<form method="get" action="/connect/oauth2/authorize/confirm">
${hidden('appid', input.appid)}
${hidden('redirect_uri', input.redirectUri)}
${hidden('response_type', 'code')}
${hidden('scope', input.scope)}
${hidden('state', input.state)}
<label for="mock-oauth-user">用户名（字母、数字或下划线）</label>
<input type="text" id="mock-oauth-user" name="user" value="${escapeHtml(input.user)}" autocomplete="off">
<button type="submit" id="mock-oauth-confirm">确认登录</button>
</form>`,
  );
}

export function renderErrorPage(message: string): string {
  return layout('授权失败', `<h1>授权失败</h1><p class="error" id="mock-oauth-error">${escapeHtml(message)}</p>`);
}
