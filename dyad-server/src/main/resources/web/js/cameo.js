// The twenty CAMEO root families, for filter menus and labels.
export const CAMEO_ROOTS = [
  ['01', 'Make public statement'], ['02', 'Appeal'], ['03', 'Express intent to cooperate'],
  ['04', 'Consult'], ['05', 'Diplomatic cooperation'], ['06', 'Material cooperation'],
  ['07', 'Provide aid'], ['08', 'Yield'], ['09', 'Investigate'], ['10', 'Demand'],
  ['11', 'Disapprove'], ['12', 'Reject'], ['13', 'Threaten'], ['14', 'Protest'],
  ['15', 'Exhibit force posture'], ['16', 'Reduce relations'], ['17', 'Coerce'],
  ['18', 'Assault'], ['19', 'Fight'], ['20', 'Unconventional mass violence'],
];

export function rootName(root) {
  const hit = CAMEO_ROOTS.find(([code]) => code === String(root).padStart(2, '0'));
  return hit ? hit[1] : '';
}
