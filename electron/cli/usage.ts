/** The CLI's help text (English: the CLI serves the network secretariat's scripts). */
export const usage = `Usage: focal <command> [options]

Commands:
  init --city CODE --name NAME [--country CC] [--shore north|south] [--locale en|fr|ar]
                       Set up the city and create its signing key (never replaces an existing key).
  catalogue list [--domain D] [--framework F] [--search TEXT] [--locale en|fr|ar]
                       List the indicators of the built-in catalogue.
  districts list       List the city's districts: the only values figures may give for area.
  districts add CODE... [--name NAME] [--name-fr NAME] [--name-ar NAME]
                       Add districts (or rename one); a missing name shows the first one given.
  serve [--port N] [--open] [--bundle FILE.focal]
                       Run Focal in the browser on 127.0.0.1 (default port 4780); --bundle: open
                       a received bundle's import preview at once (as a double-click does in the app).
  observations import FILE [--dry-run] [--sheet NAME]
                       Import observations from a tidy CSV or XLSX file (columns indicator, period,
                       sex, age, status, origin, area, value, source, note, flags). Nothing is
                       written if any row has an error (exit 1); --dry-run only checks.
  observations export --out FILE [--indicator CODE]... [--threshold N]
                       Export observations to .csv or .xlsx; counts of people below the threshold
                       (default 10, at least 5) are suppressed, with secondary suppression.
  commitments list     List the city's commitments: status, due date and progress computed from the
                       figures (--json: id, title per language, status, due, progress, targets).
  commitments export --out FILE.ics|FILE.csv [--locale en|fr|ar]
                       Export the deadlines as a calendar (Outlook, Thunderbird, Google Calendar;
                       importing it again updates the same events) or the commitments as CSV.
  paper export --out FILE.docx [--locale en|fr|ar] [--version NAME]
                       Export the priority paper (or a named version) as a Word document, its figures
                       from today's data; right-to-left in Arabic.
  advice list [--status draft|sent|answered|accepted|declined|closed]
                       List the technical advice the city gave and received, with its status and
                       thread (--json: id, from, to, item with its type, id and version, kind,
                       status, text per language, replies, learning record).
  keys show            Show the city's public key and its fingerprint (six groups of five digits),
                       to read out to a peer who confirms it before trusting your bundles.
  bundle export --out FILE.focal [--to CITY|network] [--since-last] [--indicators CODE,CODE]
                       Make a signed bundle of the city's work for a peer city or the whole network;
                       --since-last: only what changed since the last bundle to the same recipient;
                       --indicators: the figures of these indicators only (all by default).
                       Small counts of people are suppressed; confidential figures are left out.
  bundle inspect FILE  Check a received bundle (archive, signature, every file) and show what it
                       holds, without importing anything (exit 1 and a reason code if refused).
  bundle import FILE [--dry-run] [--yes-trust]
                       Verify a received bundle and import it into its sender's own space (never
                       your city's records), after a backup; --dry-run only says what it would do.
                       A first bundle from a city needs its key trusted: compare the fingerprint
                       shown with its focal point, then --yes-trust (or trust add). Exit 1 and a
                       reason code when refused, with nothing changed.
  trust list | trust add FINGERPRINT_OR_BUNDLE | trust remove FINGERPRINT
                       The peers' keys you trust, by fingerprint (six groups of five digits).
  demo                 Fill the data folder with the clearly labelled sample city.
  status               Show what the data folder holds.

Options for every command:
  --data DIR           The data folder (default: the desktop app's per-user folder, or $FOCAL_DATA).
  --json               Machine-readable output.
  --help, --version

Exit status: 0 success, 1 failure (one line on stderr), 2 usage error.`;
