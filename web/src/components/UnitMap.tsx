// Where the resolved units are: a plain SVG plot of their coordinates (no map tiles: the
// intranet reaches no tile server), scaled to fit, with the targeted radius drawn as a circle
// and each unit's name on hover. Units without coordinates are counted beneath.

export interface MapUnit {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

const WIDTH = 480;
const HEIGHT = 360;
const PAD = 24;

export function UnitMap(props: {
  units: MapUnit[];
  /** The units whose place is unknown. */
  unplaced: number;
  circle?: { lat: number; lon: number; radius_km: number } | null;
  title: string;
  unplacedText: string;
}) {
  const points = props.units.map((u) => ({ lat: u.lat, lon: u.lon }));
  if (props.circle) {
    // The whole circle fits in the frame: its north, south, east and west edges.
    const { lat, lon, radius_km } = props.circle;
    const dLat = radius_km / 111;
    const dLon = radius_km / (111 * Math.cos((lat * Math.PI) / 180));
    points.push({ lat: lat + dLat, lon }, { lat: lat - dLat, lon }, { lat, lon: lon + dLon }, { lat, lon: lon - dLon });
  }
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
  const [minLon, maxLon] = [Math.min(...lons), Math.max(...lons)];
  // Degrees of longitude shrink with latitude; one scale for both keeps distances true.
  const squeeze = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180) || 1;
  const spanX = Math.max((maxLon - minLon) * squeeze, 0.01);
  const spanY = Math.max(maxLat - minLat, 0.01);
  const scale = Math.min((WIDTH - 2 * PAD) / spanX, (HEIGHT - 2 * PAD) / spanY);
  const offsetX = (WIDTH - spanX * scale) / 2;
  const offsetY = (HEIGHT - spanY * scale) / 2;
  const px = (lon: number) => offsetX + (lon - minLon) * squeeze * scale;
  const py = (lat: number) => HEIGHT - offsetY - (lat - minLat) * scale;

  return (
    <figure class="unit-map">
      <figcaption>{props.title}</figcaption>
      {points.length > 0 && (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={props.title}>
          <rect class="map-ground" x={0} y={0} width={WIDTH} height={HEIGHT} />
          {props.circle && (
            <circle
              class="map-radius"
              cx={px(props.circle.lon)}
              cy={py(props.circle.lat)}
              r={(props.circle.radius_km / 111) * scale}
            />
          )}
          {props.units.map((u) => (
            <circle key={u.id} class="map-unit" cx={px(u.lon)} cy={py(u.lat)} r={5}>
              <title>{u.name}</title>
            </circle>
          ))}
        </svg>
      )}
      {props.unplaced > 0 && <p class="hint">{props.unplacedText}</p>}
    </figure>
  );
}
