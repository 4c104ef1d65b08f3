/** GET /billy/health */
export interface HealthResponse {
  data: { plugin: 'billy'; version: string; contentTypes: string[] };
}
