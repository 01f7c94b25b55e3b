/** The mock WeChat Pay cashier page (what 微信支付 shows before the user pays). */

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#ededed;margin:0;padding:32px 16px;color:#191919}
main{max-width:360px;margin:0 auto;background:#fff;border-radius:8px;padding:32px 24px;text-align:center}
.brand{color:#07c160;font-size:14px;margin:0 0 16px}.merchant{font-size:16px;margin:0}
.amount{font-size:40px;font-weight:600;margin:12px 0}.desc{color:#666;font-size:14px}
.meta{color:#999;font-size:12px;word-break:break-all}
button{display:block;width:100%;margin-top:24px;padding:14px;font-size:17px;color:#fff;background:#07c160;border:0;border-radius:6px}
a.cancel{display:block;margin-top:16px;color:#576b95;font-size:15px;text-decoration:none}
.error{color:#fa5151}.done{color:#07c160;font-size:18px}
</style>
</head>
<body><main><p class="brand">微信支付（模拟）</p>${body}</main></body>
</html>`;
}

/** Fen → `12.50`. */
export function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

export interface PayPageInput {
  merchantName: string;
  description: string;
  outTradeNo: string;
  total: number;
  prepayId: string;
  redirect: string | undefined;
}

export function renderPayPage(input: PayPageInput): string {
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  const cancel = input.redirect
    ? `<a class="cancel" id="mock-pay-cancel" href="${escapeHtml(input.redirect)}">取消</a>`
    : `<a class="cancel" id="mock-pay-cancel" href="javascript:history.back()">取消</a>`;
  return layout(
    '微信支付',
    `<p class="merchant" id="mock-pay-merchant">${escapeHtml(input.merchantName)}</p>
<p class="amount">￥<span id="mock-pay-amount">${yuan(input.total)}</span></p>
<p class="desc" id="mock-pay-description">${escapeHtml(input.description)}</p>
<p class="meta">商户订单号 ${escapeHtml(input.outTradeNo)}</p>
<form method="post" action="/__mock/wechatpay/h5pay/confirm">
${hidden('prepay_id', input.prepayId)}
${input.redirect === undefined ? '' : hidden('redirect', input.redirect)}
<button type="submit" id="mock-pay-confirm">确认支付</button>
</form>
${cancel}`,
  );
}

export function renderPaidPage(total: number): string {
  return layout('支付成功', `<p class="done" id="mock-pay-done">支付成功</p><p class="amount">￥${yuan(total)}</p>`);
}

export function renderPayErrorPage(message: string, back?: string): string {
  const link = back ? `<a class="cancel" id="mock-pay-back" href="${escapeHtml(back)}">返回商户</a>` : '';
  return layout('支付失败', `<p class="error" id="mock-pay-error">${escapeHtml(message)}</p>${link}`);
}
