// The report's stylesheet: sober screen layout that reflows on a phone, and an A4 print layout.
import { ACCENT_COLOR, FONT_STACK, OVERDUE_COLOR, STATUS_COLORS } from '../charts/palette.js'
import { STATUSES } from '../../core/tracking.js'

// Text colour on each status pill, chosen for contrast with the pill colour.
const PILL_TEXT: Record<string, string> = { 'not-started': '#1d2430', 'partially-done': '#1d2430' }

const statusPills = STATUSES.map((s) => `.pill.status-${s}{background:${STATUS_COLORS[s]};color:${PILL_TEXT[s] ?? '#ffffff'}}`).join('\n')

/** The whole stylesheet, inlined in a `<style>` element (no external stylesheet, no web font). */
export const REPORT_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:${FONT_STACK};font-size:15px;line-height:1.5;color:#1d2430;background:#eef1f4}
.page{max-width:960px;margin:0 auto;background:#ffffff;padding:40px 48px 56px;min-height:100vh}
h1,h2,h3,h4{line-height:1.25;color:${ACCENT_COLOR};margin:0}
h1{font-size:28px;font-weight:700;margin:6px 0 10px}
h2{font-size:21px;font-weight:650;margin:40px 0 14px;padding-bottom:6px;border-bottom:2px solid ${ACCENT_COLOR}}
h3{font-size:17px;font-weight:650;margin:28px 0 10px}
h4{font-size:12px;font-weight:650;text-transform:uppercase;letter-spacing:.05em;color:#5b6570;margin:12px 0 4px}
p{margin:0 0 10px}
a{color:#1f5fa8}
.muted{color:#5b6570}
.small{font-size:13px}
.nowrap{white-space:nowrap}
.kicker{font-size:13px;font-weight:650;letter-spacing:.08em;text-transform:uppercase;color:#5b6570}
.title-block{border-top:6px solid ${ACCENT_COLOR};padding-top:18px}
.meta{display:flex;flex-wrap:wrap;gap:6px 22px;margin:6px 0 0;padding:0;list-style:none;color:#38424d}
.meta li{margin:0}
.meta strong{color:#1d2430}
.participants{margin-top:14px}
.participants ul{list-style:none;margin:0;padding:0;columns:2 300px;column-gap:32px;font-size:14px}
.participants li{margin:2px 0;break-inside:avoid}
.status-line{margin-top:10px;padding-top:8px;border-top:1px solid #e3e7eb}
.two-col{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(320px,100%),1fr));gap:0 32px}
.party-score{display:flex;justify-content:space-between;gap:8px;font-size:14px;margin-top:4px}
.party-score strong{font-size:18px;color:${ACCENT_COLOR};font-variant-numeric:tabular-nums}
table{width:100%;border-collapse:collapse;font-size:14px;margin:6px 0 14px}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #dde2e7;overflow-wrap:break-word}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#5b6570;font-weight:650;border-bottom:2px solid #c5ccd4}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(128px,1fr));gap:10px;margin:22px 0 18px}
.card{border:1px solid #d7dce2;border-radius:6px;padding:12px 14px;background:#f8f9fb}
.card .value{font-size:28px;white-space:nowrap;font-weight:700;color:${ACCENT_COLOR};line-height:1.1;font-variant-numeric:tabular-nums}
.card .label{font-size:13px;font-weight:650;color:#38424d;margin-top:2px}
.card .note{font-size:12px;color:#5b6570;margin-top:4px}
.card.alert{border-color:${OVERDUE_COLOR};background:#fdf3f2}
.card.alert .value{color:${OVERDUE_COLOR}}
.toc{border:1px solid #d7dce2;border-radius:6px;padding:12px 18px;margin:22px 0;background:#fbfcfd}
.toc h2{border:0;margin:0 0 6px;padding:0;font-size:15px}
.toc ol{margin:0;padding-left:20px}
.toc li{margin:2px 0;break-inside:avoid}
.toc ol.toc-topics{list-style:none;padding:2px 0 4px 0;columns:3 190px;column-gap:24px;font-size:13.5px}
.toc ol.toc-topics li{margin:1px 0}
.toc .count{color:#5b6570;font-size:13px}
figure{margin:18px 0 26px;break-inside:avoid}
figure svg{display:block;width:100%;max-width:820px;height:auto}
figcaption{font-size:13px;color:#5b6570;margin-top:6px}
figcaption strong{color:#1d2430}
.no-data{border:1px dashed #c5ccd4;border-radius:6px;padding:16px;color:#5b6570;font-size:14px}
.section-head{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:4px 16px}
.section-head .count{font-size:13px;color:#5b6570;font-weight:400}
.item{border:1px solid #d7dce2;border-left:5px solid #aab4bf;border-radius:5px;padding:12px 16px 10px;margin:0 0 12px;break-inside:avoid;background:#ffffff}
.item.overdue{border-left-color:${OVERDUE_COLOR}}
.item.is-done{border-left-color:${STATUS_COLORS.done}}
.item-head{display:flex;flex-wrap:wrap;align-items:center;gap:6px 10px;font-size:13px}
.para{white-space:nowrap;font-weight:700;color:${ACCENT_COLOR};font-size:14px;font-variant-numeric:tabular-nums}
.type{color:#5b6570;text-transform:uppercase;letter-spacing:.05em;font-size:11px;font-weight:650}
.pill{display:inline-block;border-radius:999px;padding:1px 10px;font-size:12px;font-weight:650;white-space:nowrap}
${statusPills}
.pill.overdue{background:#ffffff;color:${OVERDUE_COLOR};border:1.5px solid ${OVERDUE_COLOR}}
.pill.soon{background:#ffffff;color:#8a5a00;border:1.5px solid #d98a1c}
.item-text{margin:8px 0 8px;font-size:15px}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:4px 18px;margin:0;font-size:13px}
.facts div{min-width:0}
.facts dt{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:#5b6570;font-weight:650}
.facts dd{margin:0;overflow-wrap:anywhere}
.due-overdue{color:${OVERDUE_COLOR};font-weight:700}
.item ul{margin:2px 0 4px;padding-left:18px;font-size:13px}
.item li{margin:2px 0;overflow-wrap:anywhere}
.item ul.scores{list-style:none;padding-left:0}
.score{display:inline-block;min-width:28px;text-align:center;border-radius:4px;font-weight:700;font-size:12px;padding:0 4px;margin-right:4px;font-variant-numeric:tabular-nums}
.score-plus{background:#e3f1e8;color:#1e5e39}
.score-zero{background:#eef1f4;color:#38424d}
.score-minus{background:#fbe5e3;color:${OVERDUE_COLOR}}
blockquote{margin:4px 0;padding:2px 10px;border-left:3px solid #d7dce2;color:#38424d;font-size:13px}
details{font-size:13px;margin-top:6px}
summary{cursor:pointer;color:#1f5fa8}
.empty{border:1px solid #d7dce2;border-radius:6px;background:#f8f9fb;padding:18px 20px;font-size:16px}
.annex li{margin:4px 0}
.annex ul{padding-left:20px}
.timeline{list-style:none;padding:0;margin:8px 0;border-left:2px solid #c5ccd4}
.timeline li{position:relative;padding:3px 0 3px 16px;font-size:14px}
.timeline li::before{content:"";position:absolute;left:-6px;top:10px;width:10px;height:10px;border-radius:50%;background:#aab4bf}
.timeline li.ev-meeting::before{background:${ACCENT_COLOR};width:12px;height:12px;left:-7px;top:9px}
.timeline li.ev-meeting{font-weight:650}
.timeline li.ev-today::before,.timeline li.ev-next-meeting::before{background:#ffffff;border:2px solid #555555}
.timeline li.ev-overdue::before{background:${OVERDUE_COLOR}}
.timeline time{display:inline-block;min-width:128px;color:#5b6570;font-variant-numeric:tabular-nums}
footer{margin-top:40px;padding-top:12px;border-top:1px solid #d7dce2;font-size:12px;color:#5b6570}
@media (max-width:640px){
  body{font-size:15px;background:#ffffff}
  .page{padding:18px 14px 32px}
  h1{font-size:23px}
  h2{font-size:19px}
  .toc ol{columns:1}
  .card .value{font-size:24px}
  .timeline time{display:block;min-width:0}
  table{font-size:13px}
  th,td{padding:5px 3px}
  th{font-size:11px;letter-spacing:0;text-transform:none}
  td.num,th.num,td.nowrap{white-space:normal}
  .opt{display:none}
  table.fates thead{display:none}
  table.fates tr{display:block;padding:6px 0;border-bottom:1px solid #dde2e7}
  table.fates td{display:inline-block;border:0;padding:2px 6px 2px 0}
  table.fates td:nth-child(2){display:block}
}
@page{size:A4;margin:16mm 14mm 18mm}
@media print{
  body{background:#ffffff;font-size:10.5pt}
  .page{max-width:none;padding:0;min-height:0}
  h2{margin-top:18pt;break-after:avoid}
  h3,h4,.section-head{break-after:avoid}
  .part{break-before:page}
  .toc{break-inside:avoid}
  .item,.card,figure,tr{break-inside:avoid}
  a{color:inherit;text-decoration:none}
  details>summary{display:none}
  .cards{grid-template-columns:repeat(6,1fr);gap:6pt}
  .card{padding:6pt 8pt}
  .card .value{font-size:18pt}
  h1{font-size:20pt}
  h3{margin:12pt 0 6pt}
  .item{padding:6pt 10pt;margin-bottom:7pt}
  .item-text{font-size:10.5pt;margin:4pt 0}
  .facts{grid-template-columns:repeat(4,1fr)}
  figure{margin:8pt 0 14pt}
  table{font-size:9.5pt;margin:3pt 0 8pt}
  th,td{padding:2.5pt 6pt}
  .pill{font-size:8.5pt;padding:0 7pt}
  figure svg{max-width:100%}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`
