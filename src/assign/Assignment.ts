/** The result of {@link assignInspectors}. */
export interface Assignment {
  /** One team per visit, aligned with the input visits; each team's ids sorted (code-unit order). */
  teams: string[][];
  /** Number of visits of each inspector over the whole horizon (every inspector listed, 0 included). */
  loads: Record<string, number>;
  /** `byType[inspector][type]`: visits of that inspector to units of that type (every type listed). */
  byType: Record<string, Record<string, number>>;
}
