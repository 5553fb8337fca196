import { planRefresh } from '../src/core/schedule/outputs';
import { BIG_PLAN_TODAY, bigPlanPeople, bigPlanRows } from '../tests/app/big-plan';
const grids: any = [
  { name: 'Công việc', values: bigPlanRows(100, (d) => ({ date: d })) },
  { name: 'Nhân sự', values: bigPlanPeople() },
  { name: 'Cài đặt', values: [['Mục', 'Giá trị'], ['Thang thời gian Gantt', 'Tháng']] },
];
const plan = planRefresh(grids, BIG_PLAN_TODAY);
for (const o of plan.outputs) {
  console.log(o.sheet, o.mode, 'blocks', o.blocks.map((b: any) => `${b.row},${b.col} ${b.values.length}x${b.values[0]?.length} nf:${!!b.numberFormats} bg:${!!b.backgrounds} fc:${!!b.fontColors} b:${!!b.bold} notes:${!!b.notes} wrap:${b.wrap}`),
    'rules', o.conditionalRules?.ownerTag, o.conditionalRules?.rules.length, 'val', o.validations?.length, 'merges', o.merges?.length, 'widths', o.columnWidths?.length, 'frozen', o.frozenRows, o.frozenColumns, 'hidden', o.hiddenColumns, 'grid', o.hideGridlines, 'minRows', o.minRows);
  for (const r of o.conditionalRules?.rules ?? []) console.log('   rule', r.range, r.formula);
  for (const v of o.validations ?? []) console.log('   val', v.range, v.kind, v.values?.length);
}
