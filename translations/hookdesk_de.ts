<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Hookdesk cannot start</source>
        <translation>Hookdesk kann nicht starten</translation>
    </message>
    <message>
        <source>Thyngs-style platform</source>
        <translation>Plattform im Stil von Thyngs</translation>
    </message>
    <message>
        <source>Kinetic-style platform</source>
        <translation>Plattform im Stil von Kinetic</translation>
    </message>
    <message>
        <source>Allthings-style platform</source>
        <translation>Plattform im Stil von Allthings</translation>
    </message>
    <message>
        <source>Custom events</source>
        <translation>Eigene Ereignisse</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>hookdesk::AsyncJobStore</name>
    <message>
        <source>The database connection for claiming jobs is not open.</source>
        <translation>Die Datenbankverbindung zum Übernehmen von Aufträgen ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The database connection for attempt records is not open.</source>
        <translation>Die Datenbankverbindung für die Protokollierung der Versuche ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>hookdesk::AutoDisable</name>
    <message>
        <source>Deliveries failed without a success for %1 (from %2 to %3, %4 failures in a row), so Hookdesk disabled the integration. Its waiting jobs are kept: fix the receiver, then enable the integration to send them.</source>
        <translation>Die Zustellungen sind %1 lang ohne einen einzigen Erfolg fehlgeschlagen (von %2 bis %3, %4 Fehlschläge in Folge), daher hat Hookdesk die Integration deaktiviert. Ihre wartenden Aufträge bleiben erhalten: Beheben Sie das Problem beim Empfänger und aktivieren Sie dann die Integration, um sie zu senden.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
</context>
<context>
    <name>hookdesk::BodyView</name>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the body, exactly as it was sent or received</source>
        <translation>Den Body genau so kopieren, wie er gesendet oder empfangen wurde</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Kein Body.</translation>
    </message>
    <message>
        <source>Form-encoded: the tree shows the decoded fields.</source>
        <translation>Formularkodiert: Der Baum zeigt die dekodierten Felder.</translation>
    </message>
    <message numerus="yes">
        <source>Not text: %n byte(s) shown as hex.</source>
        <translation>
            <numerusform>Kein Text: %n Byte als Hex angezeigt.</numerusform>
            <numerusform>Kein Text: %n Bytes als Hex angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::Catalogue</name>
    <message>
        <source>event %1 (“%2”)</source>
        <translation>Ereignis %1 („%2“)</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>No built-in event catalogues are included in this build of Hookdesk.</source>
        <translation>Dieser Build von Hookdesk enthält keine eingebauten Ereigniskataloge.</translation>
    </message>
    <message>
        <source>Could not read the built-in catalogue “%1”: %2.</source>
        <translation>Der eingebaute Katalog „%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Could not open the catalogue file “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation>Die Katalogdatei „%1“ konnte nicht geöffnet werden: %2. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The catalogue file “%1” is larger than %2 MB, which no event catalogue needs. Check that you chose the right file.</source>
        <translation>Die Katalogdatei „%1“ ist größer als %2 MB, was kein Ereigniskatalog braucht. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>Could not load the event catalogue “%1”: %2 Nothing from this file was added; correct it and load it again.</source>
        <translation>Der Ereigniskatalog „%1“ konnte nicht geladen werden: %2 Aus dieser Datei wurde nichts übernommen; korrigieren Sie sie und laden Sie sie erneut.</translation>
    </message>
    <message>
        <source>the file is not valid JSON at line %1, column %2: %3.</source>
        <translation>die Datei ist in Zeile %1, Spalte %2 kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <source>the file must contain one JSON object with “format”, “version”, “platform” and “events”.</source>
        <translation>die Datei muss genau ein JSON-Objekt mit „format“, „version“, „platform“ und „events“ enthalten.</translation>
    </message>
    <message>
        <source>this is not a Hookdesk event catalogue: “format” must be “%1”.</source>
        <translation>dies ist kein Hookdesk-Ereigniskatalog: „format“ muss „%1“ sein.</translation>
    </message>
    <message>
        <source>“version” must be a whole number; this version of Hookdesk reads version %1.</source>
        <translation>„version“ muss eine ganze Zahl sein; diese Version von Hookdesk liest Version %1.</translation>
    </message>
    <message>
        <source>the file is catalogue version %1, made for a newer Hookdesk; this version reads version %2. Update Hookdesk to load it.</source>
        <translation>die Datei hat die Katalogversion %1 und ist für ein neueres Hookdesk gedacht; diese Version liest Version %2. Aktualisieren Sie Hookdesk, um sie zu laden.</translation>
    </message>
    <message>
        <source>“platform” must name the platform the events come from, e.g. “thyngs”.</source>
        <translation>„platform“ muss die Plattform nennen, von der die Ereignisse stammen, z. B. „thyngs“.</translation>
    </message>
    <message>
        <source>“events” must be a list of events.</source>
        <translation>„events“ muss eine Liste von Ereignissen sein.</translation>
    </message>
    <message>
        <source>event %1 is not a JSON object.</source>
        <translation>Ereignis %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 has no “%2”; every event needs a non-empty “%2” text.</source>
        <translation>%1 hat kein „%2“; jedes Ereignis braucht einen nicht leeren Text „%2“.</translation>
    </message>
    <message>
        <source>in %1, “%2” must be a non-empty text.</source>
        <translation>in %1 muss „%2“ ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>in %1, “type” contains a space; use a key such as “platform.item.action”.</source>
        <translation>in %1 enthält „type“ ein Leerzeichen; verwenden Sie einen Schlüssel wie „platform.item.action“.</translation>
    </message>
    <message>
        <source>%1 repeats the type of event %2; every type must be unique.</source>
        <translation>%1 wiederholt den Typ von Ereignis %2; jeder Typ muss eindeutig sein.</translation>
    </message>
    <message>
        <source>%1 uses a type that the catalogue “%2” already defines; give it a different type.</source>
        <translation>%1 verwendet einen Typ, den der Katalog „%2“ bereits definiert; geben Sie ihm einen anderen Typ.</translation>
    </message>
    <message>
        <source>in %1, “description” must be a text.</source>
        <translation>in %1 muss „description“ ein Text sein.</translation>
    </message>
    <message>
        <source>in %1, “group” must be a list of texts, e.g. [&quot;Submissions&quot;, &quot;[kapp-slug]&quot;].</source>
        <translation>in %1 muss „group“ eine Liste von Texten sein, z. B. [&quot;Submissions&quot;, &quot;[kapp-slug]&quot;].</translation>
    </message>
    <message>
        <source>in %1, every entry of “group” must be a non-empty text.</source>
        <translation>in %1 muss jeder Eintrag von „group“ ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>in %1, “schema” must be a JSON Schema object.</source>
        <translation>in %1 muss „schema“ ein JSON-Schema-Objekt sein.</translation>
    </message>
    <message>
        <source>%1 has no “example”; every event needs an example payload.</source>
        <translation>%1 hat kein „example“; jedes Ereignis braucht Beispiel-Nutzdaten.</translation>
    </message>
    <message>
        <source>in %1, “deprecated” must be true or false.</source>
        <translation>in %1 muss „deprecated“ true oder false sein.</translation>
    </message>
    <message>
        <source>in %1, “validation” must be “off”, “warn” or “reject”.</source>
        <translation>in %1 muss „validation“ „off“, „warn“ oder „reject“ sein.</translation>
    </message>
    <message>
        <source>in %1, “platform” must be a text.</source>
        <translation>in %1 muss „platform“ ein Text sein.</translation>
    </message>
    <message>
        <source>The custom event type “%1” is left out because the catalogue “%2” already defines it; rename or delete the custom type.</source>
        <translation>Der eigene Ereignistyp „%1“ wird ausgelassen, weil der Katalog „%2“ ihn bereits definiert; benennen Sie den eigenen Typ um oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>custom event types</source>
        <translation>eigene Ereignistypen</translation>
    </message>
</context>
<context>
    <name>hookdesk::CatalogueModel</name>
    <message>
        <source>Deprecated. %1</source>
        <translation>Veraltet. %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Item-Name</source>
        <translation>Item-Name</translation>
    </message>
    <message>
        <source>Event-Name</source>
        <translation>Event-Name</translation>
    </message>
</context>
<context>
    <name>hookdesk::CataloguePage</name>
    <message>
        <source>Events catalogue</source>
        <translation>Ereigniskatalog</translation>
    </message>
    <message>
        <source>Every event type Hookdesk can send, by group. Item-Name and Event-Name are sent as headers with each webhook.</source>
        <translation>Alle Ereignistypen, die Hookdesk senden kann, nach Gruppen. Item-Name und Event-Name werden mit jedem Webhook als Header gesendet.</translation>
    </message>
    <message>
        <source>Search by type, title, description or group</source>
        <translation>Nach Typ, Titel, Beschreibung oder Gruppe suchen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add an event type of your own.</source>
        <translation>Einen eigenen Ereignistyp hinzufügen.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Kopieren…</translation>
    </message>
    <message>
        <source>Start a custom event type from the selected one.</source>
        <translation>Einen eigenen Ereignistyp auf Grundlage des ausgewählten anlegen.</translation>
    </message>
    <message>
        <source>Deprecate</source>
        <translation>Als veraltet markieren</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add event types from a Hookdesk catalogue file or the webhooks of an OpenAPI 3.1 document.</source>
        <translation>Ereignistypen aus einer Hookdesk-Katalogdatei oder aus den Webhooks eines OpenAPI-3.1-Dokuments hinzufügen.</translation>
    </message>
    <message>
        <source>Import event types</source>
        <translation>Ereignistypen importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>Edit the example payload and raise this event with it; every enabled trigger for it delivers it.</source>
        <translation>Die Beispiel-Nutzdaten bearbeiten und dieses Ereignis damit auslösen; jeder aktive Auslöser dafür stellt es zu.</translation>
    </message>
    <message>
        <source>Add trigger for this event…</source>
        <translation>Auslöser für dieses Ereignis hinzufügen…</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Model information:</source>
        <translation>Modellinformationen:</translation>
    </message>
    <message>
        <source>Example payload:</source>
        <translation>Beispiel-Nutzdaten:</translation>
    </message>
    <message>
        <source>Select an event type to see what it carries.</source>
        <translation>Wählen Sie einen Ereignistyp aus, um zu sehen, was er enthält.</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Built-in event types are read-only; copy one to make your own.</source>
        <translation>Eingebaute Ereignistypen sind schreibgeschützt; kopieren Sie einen, um einen eigenen anzulegen.</translation>
    </message>
    <message>
        <source>Edit the selected custom event type.</source>
        <translation>Den ausgewählten eigenen Ereignistyp bearbeiten.</translation>
    </message>
    <message>
        <source>Deprecated types stay for existing triggers and are greyed.</source>
        <translation>Veraltete Typen bleiben für bestehende Auslöser erhalten und werden ausgegraut.</translation>
    </message>
    <message>
        <source>Deprecated. %1</source>
        <translation>Veraltet. %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>(no schema: any payload is accepted)</source>
        <translation>(kein Schema: alle Nutzdaten werden akzeptiert)</translation>
    </message>
    <message>
        <source>The example payload does not match the schema: %1.</source>
        <translation>Die Beispiel-Nutzdaten passen nicht zum Schema: %1.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Imported %1 event type(s): %2 new, %3 replaced.</source>
        <translation>Ereignistypen importiert: %1 (%2 neu, %3 ersetzt).</translation>
    </message>
    <message>
        <source>The event was stored, but no enabled trigger sends %1 anywhere, so nothing was sent. &lt;a href=&apos;trigger&apos;&gt;Add a trigger&lt;/a&gt;.</source>
        <translation>Das Ereignis wurde gespeichert, aber kein aktiver Auslöser sendet %1 irgendwohin, daher wurde nichts gesendet. &lt;a href=&apos;trigger&apos;&gt;Auslöser hinzufügen&lt;/a&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>Test event raised: %n delivery job(s) queued. &lt;a href=&apos;queue&apos;&gt;Show in the queue&lt;/a&gt;.</source>
        <translation>
            <numerusform>Testereignis ausgelöst: %n Zustellauftrag in die Warteschlange gestellt. &lt;a href=&apos;queue&apos;&gt;In der Warteschlange anzeigen&lt;/a&gt;.</numerusform>
            <numerusform>Testereignis ausgelöst: %n Zustellaufträge in die Warteschlange gestellt. &lt;a href=&apos;queue&apos;&gt;In der Warteschlange anzeigen&lt;/a&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::CatalogueTransfer</name>
    <message>
        <source>Could not open “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, which no event catalogue needs. Check that you chose the right file.</source>
        <translation>„%1“ ist größer als %2 MB, was kein Ereigniskatalog braucht. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>Could not import “%1”: %2. Nothing was imported; correct the file and import it again.</source>
        <translation>„%1“ konnte nicht importiert werden: %2. Es wurde nichts importiert; korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>event %1 (“%2”)</source>
        <translation>Ereignis %1 („%2“)</translation>
    </message>
    <message>
        <source>in %1, %2</source>
        <translation>in %1: %2</translation>
    </message>
    <message>
        <source>%1 is a built-in event type, which cannot be replaced; give it another type</source>
        <translation>%1 ist ein eingebauter Ereignistyp, der nicht ersetzt werden kann; geben Sie ihm einen anderen Typ</translation>
    </message>
    <message>
        <source>Every event type of this Hookdesk</source>
        <translation>Alle Ereignistypen dieses Hookdesk</translation>
    </message>
    <message>
        <source>Custom event types</source>
        <translation>Eigene Ereignistypen</translation>
    </message>
</context>
<context>
    <name>hookdesk::CircuitBreaker</name>
    <message>
        <source>Failing: 1 failure</source>
        <translation>Fehlerhaft: 1 Fehlschlag</translation>
    </message>
    <message>
        <source>Failing: %1 failures in a row</source>
        <translation>Fehlerhaft: %1 Fehlschläge in Folge</translation>
    </message>
    <message>
        <source>Paused until %1 after %2 failures</source>
        <translation>Pausiert bis %1 nach %2 Fehlschlägen</translation>
    </message>
</context>
<context>
    <name>hookdesk::CommandLine</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Die Option --%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Run hookdesk --help for the usage.</source>
        <translation>Unerwartetes Argument „%1“. Mit hookdesk --help erhalten Sie eine Übersicht der Verwendung.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Die Option --%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>--format must be json, form or cloudevents, not “%1”.</source>
        <translation>--format muss json, form oder cloudevents sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give either --ordered or --unordered, not both.</source>
        <translation>Geben Sie entweder --ordered oder --unordered an, nicht beides.</translation>
    </message>
    <message>
        <source>Give either --enabled or --disabled, not both.</source>
        <translation>Geben Sie entweder --enabled oder --disabled an, nicht beides.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>--auth must be token, bearer, basic:USER or header:NAME, not “%1”.</source>
        <translation>--auth muss token, bearer, basic:USER oder header:NAME sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--http must be 1.1 or 2, not “%1”.</source>
        <translation>--http muss 1.1 oder 2 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Name one integration: hookdesk integration %1 NAME</source>
        <translation>Nennen Sie genau eine Integration: hookdesk integration %1 NAME</translation>
    </message>
    <message>
        <source>There is no integration named “%1”.</source>
        <translation>Es gibt keine Integration namens „%1“.</translation>
    </message>
    <message>
        <source>Integration “%1” saved.</source>
        <translation>Integration „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>The old secret of “%1” also signs every delivery until %2; give the receiver the new secret before then.</source>
        <translation>Das alte Geheimnis von „%1“ signiert zusätzlich jede Zustellung bis %2; geben Sie dem Empfänger vorher das neue Geheimnis.</translation>
    </message>
    <message>
        <source>The old secret of “%1” no longer signs; the receiver needs the new secret now.</source>
        <translation>Das alte Geheimnis von „%1“ signiert nicht mehr; der Empfänger braucht jetzt das neue Geheimnis.</translation>
    </message>
    <message>
        <source>Tokens never go in arguments, where other users of this computer can see them: pipe the token into --token-stdin instead.</source>
        <translation>Token gehören nie in Argumente, wo andere Benutzer dieses Computers sie sehen können: Übergeben Sie das Token stattdessen per Pipe an --token-stdin.</translation>
    </message>
    <message>
        <source>Give the token on standard input with --token-stdin (tokens never go in arguments).</source>
        <translation>Übergeben Sie das Token mit --token-stdin auf der Standardeingabe (Token gehören nie in Argumente).</translation>
    </message>
    <message>
        <source>Integration “%1” added (id %2).</source>
        <translation>Integration „%1“ hinzugefügt (ID %2).</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Integration “%1” deleted, with its triggers and keychain entries.</source>
        <translation>Integration „%1“ gelöscht, zusammen mit ihren Auslösern und Schlüsselbund-Einträgen.</translation>
    </message>
    <message>
        <source>Give the new token on standard input with --token-stdin.</source>
        <translation>Übergeben Sie das neue Token mit --token-stdin auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>The token of “%1” was replaced.</source>
        <translation>Das Token von „%1“ wurde ersetzt.</translation>
    </message>
    <message>
        <source>Unknown integration command “%1”. Use add, edit, list, secret, rotate-secret, reset-token or delete.</source>
        <translation>Unbekannter Integrationsbefehl „%1“. Verwenden Sie add, edit, list, secret, rotate-secret, reset-token oder delete.</translation>
    </message>
    <message>
        <source>Trigger %1 added: %2 → %3</source>
        <translation>Auslöser %1 hinzugefügt: %2 → %3</translation>
    </message>
    <message>
        <source>(only URNs matching %1)</source>
        <translation>(nur URNs, die zu %1 passen)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <source>INTEGRATION</source>
        <translation>INTEGRATION</translation>
    </message>
    <message>
        <source>URNS</source>
        <translation>URNS</translation>
    </message>
    <message>
        <source>Name one trigger by its id: hookdesk trigger delete ID</source>
        <translation>Nennen Sie genau einen Auslöser über seine ID: hookdesk trigger delete ID</translation>
    </message>
    <message>
        <source>There is no trigger with id %1.</source>
        <translation>Es gibt keinen Auslöser mit der ID %1.</translation>
    </message>
    <message>
        <source>Trigger %1 deleted.</source>
        <translation>Auslöser %1 gelöscht.</translation>
    </message>
    <message>
        <source>Unknown trigger command “%1”. Use add, list or delete.</source>
        <translation>Unbekannter Auslöserbefehl „%1“. Verwenden Sie add, list oder delete.</translation>
    </message>
    <message>
        <source>Name one file to import: hookdesk catalogue import FILE (a Hookdesk catalogue or an OpenAPI 3.1 document with webhooks).</source>
        <translation>Nennen Sie genau eine Datei zum Importieren: hookdesk catalogue import DATEI (ein Hookdesk-Katalog oder ein OpenAPI-3.1-Dokument mit Webhooks).</translation>
    </message>
    <message>
        <source>Imported %1 event type(s): %2 new, %3 replaced.</source>
        <translation>Ereignistypen importiert: %1 (%2 neu, %3 ersetzt).</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Unknown catalogue command “%1”. Use list, import or export.</source>
        <translation>Unbekannter Katalogbefehl „%1“. Verwenden Sie list, import oder export.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>ITEM-NAME</source>
        <translation>ITEM-NAME</translation>
    </message>
    <message>
        <source>EVENT-NAME</source>
        <translation>EVENT-NAME</translation>
    </message>
    <message>
        <source>Could not read the payload file %1: %2.</source>
        <translation>Die Nutzdatendatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The payload in %1 is empty; it must be a JSON object.</source>
        <translation>Die Nutzdaten in %1 sind leer; sie müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>--id needs a key, e.g. --id order-1234-paid.</source>
        <translation>--id braucht einen Schlüssel, z. B. --id order-1234-paid.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The key “%1” was already used by event %2: nothing new was created. Its jobs:</source>
        <translation>Der Schlüssel „%1“ wurde bereits von Ereignis %2 verwendet: Es wurde nichts Neues angelegt. Seine Aufträge:</translation>
    </message>
    <message>
        <source>Event %1 stored, but no enabled trigger matches %2: nothing will be sent.</source>
        <translation>Ereignis %1 gespeichert, aber kein aktiver Auslöser passt zu %2: Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Event %1 stored, but no enabled trigger matches %2 at %3: nothing will be sent.</source>
        <translation>Ereignis %1 gespeichert, aber kein aktiver Auslöser passt zu %2 bei %3: Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Say which jobs to resend with --status failed, exhausted or succeeded.</source>
        <translation>Geben Sie mit --status failed, exhausted oder succeeded an, welche Aufträge erneut gesendet werden sollen.</translation>
    </message>
    <message>
        <source>--status must be failed, exhausted or succeeded (only finished jobs can be resent), not “%1”.</source>
        <translation>--status muss failed, exhausted oder succeeded sein (nur abgeschlossene Aufträge können erneut gesendet werden), nicht „%1“.</translation>
    </message>
    <message>
        <source>There is no integration named “%1”; nothing was resent.</source>
        <translation>Es gibt keine Integration namens „%1“; es wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 time such as 2024-03-04T09:00:00Z, not “%2”.</source>
        <translation>--%1 muss eine Zeitangabe nach ISO 8601 wie 2024-03-04T09:00:00Z sein, nicht „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) match; nothing was resent (dry run).</source>
        <translation>
            <numerusform>%n Auftrag passt; es wurde nichts erneut gesendet (Probelauf).</numerusform>
            <numerusform>%n Aufträge passen; es wurde nichts erneut gesendet (Probelauf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) match.</source>
        <translation>
            <numerusform>%n Auftrag passt.</numerusform>
            <numerusform>%n Aufträge passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 of %3 jobs were queued before the failure and stay queued.</source>
        <translation>%1 %2 von %3 Aufträgen wurden vor dem Fehler in die Warteschlange gestellt und bleiben dort.</translation>
    </message>
    <message>
        <source>Queued %1 of %2…</source>
        <translation>%1 von %2 in die Warteschlange gestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) for resending.</source>
        <translation>
            <numerusform>%n Auftrag zum erneuten Senden in die Warteschlange gestellt.</numerusform>
            <numerusform>%n Aufträge zum erneuten Senden in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>--status must be pending, sending, succeeded, failed or exhausted, not “%1”.</source>
        <translation>--status muss pending, sending, succeeded, failed oder exhausted sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--limit must be a whole number of jobs, 1 or more, not “%1”.</source>
        <translation>--limit muss eine ganze Zahl von Aufträgen sein, mindestens 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <source>Name one job: hookdesk queue show JOB_ID</source>
        <translation>Nennen Sie genau einen Auftrag: hookdesk queue show JOB_ID</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>  Event:       %1 (%2)</source>
        <translation>  Ereignis:         %1 (%2)</translation>
    </message>
    <message>
        <source>  Integration: %1</source>
        <translation>  Integration:      %1</translation>
    </message>
    <message>
        <source>  URL:         %1</source>
        <translation>  URL:              %1</translation>
    </message>
    <message>
        <source>  Triggers:    %1</source>
        <translation>  Auslöser:         %1</translation>
    </message>
    <message>
        <source>  Status:      %1</source>
        <translation>  Status:           %1</translation>
    </message>
    <message>
        <source>  Next try:    %1</source>
        <translation>  Nächster Versuch: %1</translation>
    </message>
    <message>
        <source>  Payload:     %1</source>
        <translation>  Nutzdaten:        %1</translation>
    </message>
    <message>
        <source>  Attempt %1 (%2) at %3, %4 ms: </source>
        <translation>  Versuch %1 (%2) um %3, %4 ms: </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Give either job ids or a filter (--status …), not both.</source>
        <translation>Geben Sie entweder Auftrags-IDs oder einen Filter (--status …) an, nicht beides.</translation>
    </message>
    <message>
        <source>Name the jobs to resend: hookdesk queue resend JOB_ID…</source>
        <translation>Nennen Sie die erneut zu sendenden Aufträge: hookdesk queue resend JOB_ID…</translation>
    </message>
    <message>
        <source>There is no job %1; nothing was resent.</source>
        <translation>Es gibt keinen Auftrag %1; es wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>Job %1 is still %2; nothing was resent.</source>
        <translation>Auftrag %1 ist noch im Zustand %2; es wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>Unknown queue command “%1”. Use list, show or resend.</source>
        <translation>Unbekannter Warteschlangenbefehl „%1“. Verwenden Sie list, show oder resend.</translation>
    </message>
    <message>
        <source>Name one ingest key: hookdesk ingest-key %1 NAME</source>
        <translation>Nennen Sie genau einen Ingest-Schlüssel: hookdesk ingest-key %1 NAME</translation>
    </message>
    <message>
        <source>Ingest key “%1” created. It is shown only now; give it to the program that posts events, as “Authorization: Bearer &lt;key&gt;”:</source>
        <translation>Ingest-Schlüssel „%1“ angelegt. Er wird nur jetzt angezeigt; geben Sie ihn dem Programm, das Ereignisse einliefert, als „Authorization: Bearer &lt;key&gt;“:</translation>
    </message>
    <message>
        <source>Ingest key “%1” deleted.</source>
        <translation>Ingest-Schlüssel „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Unknown ingest-key command “%1”. Use create, list or delete.</source>
        <translation>Unbekannter Ingest-Schlüssel-Befehl „%1“. Verwenden Sie create, list oder delete.</translation>
    </message>
    <message>
        <source>--until-idle and --ingest do not go together: a server that accepts events is never idle.</source>
        <translation>--until-idle und --ingest passen nicht zusammen: Ein Server, der Ereignisse annimmt, ist nie untätig.</translation>
    </message>
    <message>
        <source>--ingest-max-bytes must be a number of bytes, 1 or more, not “%1”.</source>
        <translation>--ingest-max-bytes muss eine Anzahl von Bytes sein, mindestens 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>Accepting events at %1.</source>
        <translation>Ereignisse werden unter %1 angenommen.</translation>
    </message>
    <message>
        <source>--ingest-max-bytes and --ingest-allow-remote need --ingest ADDRESS:PORT.</source>
        <translation>--ingest-max-bytes und --ingest-allow-remote brauchen --ingest ADRESSE:PORT.</translation>
    </message>
    <message>
        <source>HOOKDESK_LEASE_MS must be a number of milliseconds, 1 or more, not “%1”.</source>
        <translation>HOOKDESK_LEASE_MS muss eine Anzahl von Millisekunden sein, mindestens 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>Delivering from %1. Press Ctrl+C to stop.</source>
        <translation>Zustellung aus %1. Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>The option --database needs a file path or a postgresql:// address.</source>
        <translation>Die Option --database braucht einen Dateipfad oder eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run hookdesk --help for the list.</source>
        <translation>Unbekannter Befehl „%1“. Mit hookdesk --help erhalten Sie die Liste.</translation>
    </message>
    <message>
        <source>--%1 takes a number of %2, 0 or more (up to ten years), not “%3”.</source>
        <translation>--%1 erwartet eine Anzahl von %2, mindestens 0 (bis zu zehn Jahren), nicht „%3“.</translation>
    </message>
    <message>
        <source>--run-number must be json:POINTER (e.g. json:/run/number), header:NAME (e.g. header:X-Run-Number) or empty to read none, not “%1”.</source>
        <translation>--run-number muss json:POINTER (z. B. json:/run/number), header:NAME (z. B. header:X-Run-Number) oder leer sein, um keine zu lesen, nicht „%1“.</translation>
    </message>
    <message>
        <source>Usage: hookdesk [--database PATH|postgresql://…] [COMMAND …]

Without a command, opens the Hookdesk window.

Commands:
  integration add --name NAME --url BASE_URL [--auth token|bearer|basic:USER|header:NAME] [--token-stdin]
                  [--disabled] [--retry-schedule &quot;5s, 5m, 2h&quot;]   waits between attempts (default: Standard
                  Webhooks&apos;) [--format json|form|cloudevents] [--header &apos;Name: value&apos;...]
                  [--http 1.1|2]   HTTP/2: one shared connection; over plain http the receiver must speak it
                  basic:USER sends the token as USER&apos;s password; --header is sent on every request
                  [--run-number json:/run/number|header:X-Run-Number]   where responses give the run number
                  [--ca-file PATH]   PEM certificates trusted for HTTPS besides the system&apos;s
                  [--ordered] [--auto-disable-after DAYS]   one at a time in event order; disable after
                                   failing for DAYS without a success (default 5, 0: never)
  integration edit NAME [any option of add but --token-stdin] [--enabled] [--ordered|--unordered]
                  [--no-headers]   changes only what is given; --header replaces all custom headers
  integration list [--json]
  integration secret NAME          print the whsec_ signing secret (for the receiver&apos;s set-up)
  integration rotate-secret NAME [--overlap HOURS] [--json]
                                   print a new signing secret; the old one keeps signing beside it
                                   for HOURS (default 24, 0: it stops at once)
  integration reset-token NAME --token-stdin
  integration delete NAME
  trigger add --integration NAME --event TYPE|&quot;GROUP &gt; *&quot;... [--urn PATTERN...] [--path /p] [--disabled]
  trigger list [--json]
  trigger delete ID
  catalogue list [--json]
  catalogue import FILE [--json]   add or replace custom event types from a Hookdesk catalogue file or
                                   the webhooks of an OpenAPI 3.1 document; all or nothing
  catalogue export [--json] [--all] [--output FILE]
                                   the custom event types (--all: every type) as a catalogue file
  emit --event TYPE [--payload FILE|-] [--urn URN] [--id KEY]
                                   default payload: the type&apos;s example; prints the job ids.
                                   --id: an idempotency key; a key seen before creates nothing
                                   new and prints the jobs of its first event
  queue list [--status pending|sending|succeeded|failed|exhausted] [--limit N] [--json]
  queue show JOB_ID [--json]
  queue resend JOB_ID...
  queue resend --status failed|exhausted|succeeded [--integration NAME] [--event TYPE] [--since ISO_TIME]
               [--until ISO_TIME] [--dry-run]
  serve [--until-idle]             headless dispatcher; --until-idle exits when nothing is due
                                   (HOOKDESK_LEASE_MS: how long a claimed job is reserved)
        [--ingest 127.0.0.1:PORT [--ingest-max-bytes N] [--ingest-allow-remote]]
                                   also accept POST /v1/events with an ingest key; only on
                                   loopback unless --ingest-allow-remote; bodies up to N bytes
                                   (default 1 MiB)
  ingest-key create NAME           prints a new key for the ingest API once; keeps it in the keychain
  ingest-key list [--json]
  ingest-key delete NAME           the key stops working at once

Tokens never travel in arguments: --token-stdin reads the token from standard input.
</source>
        <translation>Aufruf: hookdesk [--database PFAD|postgresql://…] [BEFEHL …]

Ohne Befehl öffnet sich das Hookdesk-Fenster.

Befehle:
  integration add --name NAME --url BASIS_URL [--auth token|bearer|basic:BENUTZER|header:NAME] [--token-stdin]
                  [--disabled] [--retry-schedule &quot;5s, 5m, 2h&quot;]   Wartezeiten zwischen den Versuchen (Vorgabe: die
                  von Standard Webhooks) [--format json|form|cloudevents] [--header &apos;Name: Wert&apos;...]
                  [--http 1.1|2]   HTTP/2: eine gemeinsame Verbindung; über einfaches http muss der Empfänger es sprechen
                  basic:BENUTZER sendet das Token als Passwort von BENUTZER; --header geht mit jeder Anfrage
                  [--run-number json:/run/number|header:X-Run-Number]   wo Antworten die Laufnummer angeben
                  [--ca-file PFAD]   PEM-Zertifikate, denen für HTTPS neben denen des Systems vertraut wird
                  [--ordered] [--auto-disable-after TAGE]   einzeln in Ereignisreihenfolge; deaktivieren, wenn
                                   TAGE lang alles fehlschlägt (Vorgabe 5, 0: nie)
  integration edit NAME [jede Option von add außer --token-stdin] [--enabled] [--ordered|--unordered]
                  [--no-headers]   ändert nur das Angegebene; --header ersetzt alle eigenen Header
  integration list [--json]
  integration secret NAME          gibt das whsec_-Signaturgeheimnis aus (für die Einrichtung des Empfängers)
  integration rotate-secret NAME [--overlap STUNDEN] [--json]
                                   gibt ein neues Signaturgeheimnis aus; das alte signiert noch
                                   STUNDEN lang daneben (Vorgabe 24, 0: es endet sofort)
  integration reset-token NAME --token-stdin
  integration delete NAME
  trigger add --integration NAME --event TYP|&quot;GRUPPE &gt; *&quot;... [--urn MUSTER...] [--path /p] [--disabled]
  trigger list [--json]
  trigger delete ID
  catalogue list [--json]
  catalogue import DATEI [--json]  fügt eigene Ereignistypen aus einer Hookdesk-Katalogdatei oder den
                                   Webhooks eines OpenAPI-3.1-Dokuments hinzu oder ersetzt sie; alles oder nichts
  catalogue export [--json] [--all] [--output DATEI]
                                   die eigenen Ereignistypen (--all: alle Typen) als Katalogdatei
  emit --event TYP [--payload DATEI|-] [--urn URN] [--id SCHLÜSSEL]
                                   Vorgabe für die Nutzdaten: das Beispiel des Typs; gibt die Auftrags-IDs aus.
                                   --id: ein Idempotenzschlüssel; ein schon bekannter Schlüssel legt nichts
                                   Neues an und gibt die Aufträge seines ersten Ereignisses aus
  queue list [--status pending|sending|succeeded|failed|exhausted] [--limit N] [--json]
  queue show AUFTRAGS_ID [--json]
  queue resend AUFTRAGS_ID...
  queue resend --status failed|exhausted|succeeded [--integration NAME] [--event TYP] [--since ISO_ZEIT]
               [--until ISO_ZEIT] [--dry-run]
  serve [--until-idle]             Zustellung ohne Fenster; --until-idle endet, sobald nichts fällig ist
                                   (HOOKDESK_LEASE_MS: wie lange ein übernommener Auftrag reserviert bleibt)
        [--ingest 127.0.0.1:PORT [--ingest-max-bytes N] [--ingest-allow-remote]]
                                   nimmt auch POST /v1/events mit einem Ingest-Schlüssel an; nur über
                                   Loopback, außer mit --ingest-allow-remote; Inhalte bis N Bytes
                                   (Vorgabe 1 MiB)
  ingest-key create NAME           gibt einmalig einen neuen Ingest-API-Schlüssel aus, verwahrt im Schlüsselbund
  ingest-key list [--json]
  ingest-key delete NAME           der Schlüssel gilt ab sofort nicht mehr

Tokens stehen nie in Argumenten: --token-stdin liest das Token von der Standardeingabe.
</translation>
    </message>
</context>
<context>
    <name>hookdesk::CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ: removed on the left, added on the right.</source>
        <translation>
            <numerusform>%n Zeile unterscheidet sich: links entfernt, rechts hinzugefügt.</numerusform>
            <numerusform>%n Zeilen unterscheiden sich: links entfernt, rechts hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::Database</name>
    <message>
        <source>The PostgreSQL address “%1” is not valid. Use postgresql://user@host:port/database.</source>
        <translation>Die PostgreSQL-Adresse „%1“ ist nicht gültig. Verwenden Sie postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not open the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database file %1 could not be prepared: %2</source>
        <translation>Die Datenbankdatei %1 konnte nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Could not create the schema version table: %1</source>
        <translation>Die Tabelle für die Schemaversion konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>This database was written by a newer Hookdesk (schema %1; this version knows up to %2). Update Hookdesk to open it.</source>
        <translation>Diese Datenbank wurde von einem neueren Hookdesk geschrieben (Schema %1; diese Version kennt Schemas bis %2). Aktualisieren Sie Hookdesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Eine Transaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation>Migration %1 konnte nicht vermerkt werden: %2</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1:%2: %3. Check that the server is running and accepts connections there, and that the user and database in the address exist.</source>
        <translation>Keine Verbindung zum PostgreSQL-Server unter %1:%2: %3. Prüfen Sie, ob der Server läuft und dort Verbindungen annimmt und ob Benutzer und Datenbank aus der Adresse existieren.</translation>
    </message>
    <message>
        <source>Could not lock the database for its upgrade: %1</source>
        <translation>Die Datenbank konnte für ihre Aktualisierung nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>Could not set the database&apos;s page cache: %1</source>
        <translation>Der Seiten-Cache der Datenbank konnte nicht eingestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>hookdesk::DeliveryJob</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Aufgegeben</translation>
    </message>
</context>
<context>
    <name>hookdesk::DeliveryPolicySettings</name>
    <message>
        <source>Deliver one at a time, in event order</source>
        <translation>Einzeln und in Ereignisreihenfolge zustellen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <source>Each job waits until the one before it succeeded or ran out of attempts: one request at a time, and a job waiting for its retry holds back all later ones. Only for receivers that need the order.</source>
        <translation>Jeder Auftrag wartet, bis der vorherige erfolgreich war oder keine Versuche mehr hat: immer nur eine Anfrage, und ein Auftrag, der auf seine Wiederholung wartet, hält alle späteren zurück. Nur für Empfänger, die die Reihenfolge brauchen.</translation>
    </message>
    <message>
        <source>Disable after &amp;failing for</source>
        <translation>Deaktivieren nach &amp;Fehlschlägen über</translation>
    </message>
    <message>
        <source>Without a single success for that long, the integration is disabled; its jobs wait until it is enabled again.</source>
        <translation>Gibt es so lange keinen einzigen Erfolg, wird die Integration deaktiviert; ihre Aufträge warten, bis sie wieder aktiviert wird.</translation>
    </message>
</context>
<context>
    <name>hookdesk::Dispatcher</name>
    <message>
        <source>The receiver at %1 began to answer (HTTP %2) but had not finished after %3 seconds, so the delivery was given up.</source>
        <translation>Der Empfänger unter %1 hat mit der Antwort begonnen (HTTP %2), war aber nach %3 Sekunden nicht fertig, daher wurde die Zustellung abgebrochen.</translation>
    </message>
    <message>
        <source>The receiver at %1 did not answer within %2 seconds. This integration speaks HTTP/2 over plain http, which a receiver that only knows HTTP/1.1 cannot read: set its HTTP version to HTTP/1.1 unless the receiver is known to speak HTTP/2.</source>
        <translation>Der Empfänger unter %1 hat nicht innerhalb von %2 Sekunden geantwortet. Diese Integration spricht HTTP/2 über unverschlüsseltes http, was ein Empfänger, der nur HTTP/1.1 kennt, nicht lesen kann: Stellen Sie ihre HTTP-Version auf HTTP/1.1, sofern der Empfänger nicht nachweislich HTTP/2 spricht.</translation>
    </message>
    <message>
        <source>The receiver at %1 did not answer within %2 seconds.</source>
        <translation>Der Empfänger unter %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The receiver at %1 answered %2, but the connection broke before the whole answer arrived (%3), so the delivery is not counted as received.</source>
        <translation>Der Empfänger unter %1 hat %2 geantwortet, aber die Verbindung brach ab, bevor die ganze Antwort ankam (%3), daher gilt die Zustellung nicht als empfangen.</translation>
    </message>
    <message>
        <source>The receiver answered %1 %2, a redirect, which Hookdesk does not follow%3.</source>
        <translation>Der Empfänger hat %1 %2 geantwortet, eine Weiterleitung, der Hookdesk nicht folgt%3.</translation>
    </message>
    <message>
        <source> (it points to %1)</source>
        <translation> (sie zeigt auf %1)</translation>
    </message>
    <message>
        <source>The receiver answered %1 %2.</source>
        <translation>Der Empfänger hat %1 %2 geantwortet.</translation>
    </message>
    <message>
        <source>The receiver at %1 closed its HTTP/2 connection again and again before it took this request (%2), so it was never delivered.</source>
        <translation>Der Empfänger unter %1 hat seine HTTP/2-Verbindung immer wieder geschlossen, bevor er diese Anfrage annahm (%2), daher wurde sie nie zugestellt.</translation>
    </message>
    <message>
        <source>The receiver at %1 did not answer in HTTP/2 (%2). This integration speaks HTTP/2 over plain http, which only receivers built for it understand: set its HTTP version to HTTP/1.1 unless the receiver is known to speak HTTP/2.</source>
        <translation>Der Empfänger unter %1 hat nicht in HTTP/2 geantwortet (%2). Diese Integration spricht HTTP/2 über unverschlüsseltes http, das nur eigens dafür gebaute Empfänger verstehen: Stellen Sie ihre HTTP-Version auf HTTP/1.1, sofern der Empfänger nicht nachweislich HTTP/2 spricht.</translation>
    </message>
    <message>
        <source>The receiver at %1 refused the connection: nothing is listening there.</source>
        <translation>Der Empfänger unter %1 hat die Verbindung abgelehnt: Dort lauscht nichts.</translation>
    </message>
    <message>
        <source>The host name “%1” could not be found. Check the integration&apos;s URL.</source>
        <translation>Der Hostname „%1“ wurde nicht gefunden. Prüfen Sie die URL der Integration.</translation>
    </message>
    <message>
        <source>The receiver at %1 closed the connection before answering.</source>
        <translation>Der Empfänger unter %1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Die Verbindung zu %1 hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The network is not available: %1</source>
        <translation>Das Netzwerk ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The delivery to %1 failed: %2</source>
        <translation>Die Zustellung an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The token of “%1” could not be read from the keychain. %2</source>
        <translation>Das Token von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden. %2</translation>
    </message>
    <message>
        <source>The signing secret of “%1” could not be read from the keychain. %2</source>
        <translation>Das Signaturgeheimnis von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden. %2</translation>
    </message>
    <message>
        <source>The delivery failed for an unknown reason.</source>
        <translation>Die Zustellung ist aus unbekanntem Grund fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The retry schedule of “%1” cannot be read, so the default one is used: %2</source>
        <translation>Der Wiederholungsplan von „%1“ kann nicht gelesen werden, daher wird der Standardplan verwendet: %2</translation>
    </message>
    <message>
        <source>The receiver answered 410 Gone on %1 (job %2): it no longer accepts these deliveries. Enable the integration again once it does; its waiting jobs are kept and will be sent then.</source>
        <translation>Der Empfänger hat auf %1 (Auftrag %2) mit 410 Gone geantwortet: Er nimmt diese Zustellungen nicht mehr an. Aktivieren Sie die Integration wieder, sobald er es tut; ihre wartenden Aufträge bleiben erhalten und werden dann gesendet.</translation>
    </message>
    <message>
        <source>Hookdesk disabled “%1” and will not try this job again; resend it when the receiver accepts deliveries.</source>
        <translation>Hookdesk hat „%1“ deaktiviert und versucht diesen Auftrag nicht erneut; senden Sie ihn erneut, wenn der Empfänger Zustellungen annimmt.</translation>
    </message>
    <message numerus="yes">
        <source>The results of %n job(s) could not be saved: %1</source>
        <translation>
            <numerusform>Die Ergebnisse von %n Auftrag konnten nicht gespeichert werden: %1</numerusform>
            <numerusform>Die Ergebnisse von %n Aufträgen konnten nicht gespeichert werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::EventService</name>
    <message>
        <source>The payload is empty; it must be a JSON object.</source>
        <translation>Die Nutzdaten sind leer; sie müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The payload is %1 KiB; the largest accepted is %2 KiB.</source>
        <translation>Die Nutzdaten sind %1 KiB groß; höchstens %2 KiB werden angenommen.</translation>
    </message>
    <message>
        <source>The payload is not valid JSON at line %1, column %2: %3.</source>
        <translation>Die Nutzdaten sind in Zeile %1, Spalte %2 kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <source>The payload must be a JSON object or array.</source>
        <translation>Die Nutzdaten müssen ein JSON-Objekt oder -Array sein.</translation>
    </message>
    <message>
        <source>The payload does not match the schema of “%1”: %2.</source>
        <translation>Die Nutzdaten passen nicht zum Schema von „%1“: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an event type of the catalogue. `hookdesk catalogue list` shows the known types.</source>
        <translation>„%1“ ist kein Ereignistyp des Katalogs. `hookdesk catalogue list` zeigt die bekannten Typen.</translation>
    </message>
    <message>
        <source>Nothing was raised; correct the payload and send it again.</source>
        <translation>Es wurde nichts ausgelöst; korrigieren Sie die Nutzdaten und senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>Event %1 of %2: %3</source>
        <translation>Ereignis %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>hookdesk::EventStore</name>
    <message>
        <source>Could not start a transaction to store the event.</source>
        <translation>Es konnte keine Transaktion zum Speichern des Ereignisses gestartet werden.</translation>
    </message>
    <message>
        <source>Could not store the event: %1</source>
        <translation>Das Ereignis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not create a delivery job</source>
        <translation>Es konnte kein Zustellauftrag angelegt werden</translation>
    </message>
    <message>
        <source>Could not record the triggers of a delivery job</source>
        <translation>Die Auslöser eines Zustellauftrags konnten nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Could not look up the event key</source>
        <translation>Der Ereignisschlüssel konnte nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Could not read the jobs of the event</source>
        <translation>Die Aufträge des Ereignisses konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the event</source>
        <translation>Das Ereignis konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the events</source>
        <translation>Die Ereignisse konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not index the events for search</source>
        <translation>Die Ereignisse konnten nicht für die Suche indiziert werden</translation>
    </message>
</context>
<context>
    <name>hookdesk::EventTypeDialog</name>
    <message>
        <source>Add event type</source>
        <translation>Ereignistyp hinzufügen</translation>
    </message>
    <message>
        <source>Edit event type %1</source>
        <translation>Ereignistyp %1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. acme.order.created</source>
        <translation>z. B. acme.order.created</translation>
    </message>
    <message>
        <source>e.g. Orders &gt; [shop-slug]</source>
        <translation>z. B. Orders &gt; [shop-slug]</translation>
    </message>
    <message>
        <source>Off: payloads are not checked</source>
        <translation>Aus: Nutzdaten werden nicht geprüft</translation>
    </message>
    <message>
        <source>Warn: send, and report a mismatch</source>
        <translation>Warnen: senden und Abweichung melden</translation>
    </message>
    <message>
        <source>Reject: refuse payloads that do not match</source>
        <translation>Ablehnen: unpassende Nutzdaten zurückweisen</translation>
    </message>
    <message>
        <source>Deprecated (kept for existing triggers, greyed in the catalogue)</source>
        <translation>Veraltet (bleibt für bestehende Auslöser erhalten, im Katalog ausgegraut)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Item-Name:</source>
        <translation>Item-Name:</translation>
    </message>
    <message>
        <source>Event-Name:</source>
        <translation>Event-Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Payload schema (JSON Schema draft-07):</source>
        <translation>Nutzdaten-Schema (JSON Schema draft-07):</translation>
    </message>
    <message>
        <source>Example payload:</source>
        <translation>Beispiel-Nutzdaten:</translation>
    </message>
    <message>
        <source>Schema check:</source>
        <translation>Schemaprüfung:</translation>
    </message>
    <message>
        <source>Enter a type key without spaces, such as “acme.order.created”.</source>
        <translation>Geben Sie einen Typschlüssel ohne Leerzeichen ein, etwa „acme.order.created“.</translation>
    </message>
    <message>
        <source>The catalogue already has an event type “%1”; choose another key.</source>
        <translation>Der Katalog hat bereits einen Ereignistyp „%1“; wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>Enter a title, an Item-Name and an Event-Name; they are sent with every webhook.</source>
        <translation>Geben Sie einen Titel, einen Item-Namen und einen Event-Namen ein; sie werden mit jedem Webhook gesendet.</translation>
    </message>
    <message>
        <source>The schema is not a JSON object: %1</source>
        <translation>Das Schema ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>it is a list.</source>
        <translation>es ist eine Liste.</translation>
    </message>
    <message>
        <source>Example payload: %1</source>
        <translation>Beispiel-Nutzdaten: %1</translation>
    </message>
</context>
<context>
    <name>hookdesk::EventTypeStore</name>
    <message>
        <source>Could not read the custom event types</source>
        <translation>Die eigenen Ereignistypen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not start saving the event types: %1</source>
        <translation>Das Speichern der Ereignistypen konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Could not save the event type “%1”</source>
        <translation>Der Ereignistyp „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save the event types: %1</source>
        <translation>Die Ereignistypen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the event type “%1”</source>
        <translation>Der Ereignistyp „%1“ konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>hookdesk::HeaderRules</name>
    <message>
        <source>Enter the user name the receiver expects with Basic authorisation; the token is sent as its password.</source>
        <translation>Geben Sie den Benutzernamen ein, den der Empfänger bei Basic-Authentifizierung erwartet; das Token wird als sein Passwort gesendet.</translation>
    </message>
    <message>
        <source>The user name must not contain a colon (:): Basic authorisation uses it to separate the user name from the password.</source>
        <translation>Der Benutzername darf keinen Doppelpunkt (:) enthalten: Die Basic-Authentifizierung trennt damit Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>The user name contains a line break; type it again without one.</source>
        <translation>Der Benutzername enthält einen Zeilenumbruch; geben Sie ihn ohne erneut ein.</translation>
    </message>
    <message>
        <source>A custom header has no name. Enter a name, for example X-Tenant, or remove the row.</source>
        <translation>Ein eigener Header hat keinen Namen. Geben Sie einen Namen ein, zum Beispiel X-Tenant, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name: use letters, digits and - only, without spaces or a colon.</source>
        <translation>„%1“ ist kein gültiger Header-Name: Verwenden Sie nur Buchstaben, Ziffern und -, ohne Leerzeichen oder Doppelpunkt.</translation>
    </message>
    <message>
        <source>The value of the header %1 contains a line break. Header values must be one line, otherwise they could smuggle further headers into the request.</source>
        <translation>Der Wert des Headers %1 enthält einen Zeilenumbruch. Header-Werte müssen einzeilig sein, sonst könnten sie weitere Header in die Anfrage einschleusen.</translation>
    </message>
    <message>
        <source>The header %1 already carries the integration&apos;s token; remove it from the custom headers or choose another authorisation.</source>
        <translation>Der Header %1 trägt bereits das Token der Integration; entfernen Sie ihn aus den eigenen Headern oder wählen Sie eine andere Authentifizierung.</translation>
    </message>
    <message>
        <source>The header %1 is set by Hookdesk itself on every request (it describes the body, the event or its signature); remove it from the custom headers.</source>
        <translation>Der Header %1 wird von Hookdesk selbst bei jeder Anfrage gesetzt (er beschreibt den Body, das Ereignis oder dessen Signatur); entfernen Sie ihn aus den eigenen Headern.</translation>
    </message>
    <message>
        <source>The header %1 is listed twice; keep one of them.</source>
        <translation>Der Header %1 ist doppelt aufgeführt; behalten Sie nur einen davon.</translation>
    </message>
    <message>
        <source>Write a header as “Name: value”, for example --header &apos;X-Tenant: acme&apos;, not “%1”.</source>
        <translation>Schreiben Sie einen Header als „Name: Wert“, zum Beispiel --header &apos;X-Tenant: acme&apos;, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>hookdesk::Http1Client</name>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The answer is not valid HTTP/1.1: %1</source>
        <translation>Die Antwort ist kein gültiges HTTP/1.1: %1</translation>
    </message>
    <message>
        <source>it begins “%1”</source>
        <translation>sie beginnt mit „%1“</translation>
    </message>
    <message>
        <source>its headers are too long</source>
        <translation>ihre Header sind zu lang</translation>
    </message>
    <message>
        <source>a header line has no name</source>
        <translation>eine Header-Zeile hat keinen Namen</translation>
    </message>
    <message>
        <source>its Content-Length is “%1”</source>
        <translation>ihre Content-Length ist „%1“</translation>
    </message>
    <message>
        <source>a chunk size is “%1”</source>
        <translation>eine Chunk-Größe ist „%1“</translation>
    </message>
    <message>
        <source>a chunk is longer than its size says</source>
        <translation>ein Chunk ist länger, als seine Größe angibt</translation>
    </message>
    <message>
        <source>a line of it is longer than 64 KiB</source>
        <translation>eine ihrer Zeilen ist länger als 64 KiB</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>hookdesk::IngestKeyService</name>
    <message>
        <source>Give the ingest key a name, such as the program that will use it.</source>
        <translation>Geben Sie dem Ingest-Schlüssel einen Namen, etwa den des Programms, das ihn verwenden wird.</translation>
    </message>
    <message>
        <source>The key name “%1” may only contain letters, digits, dots, dashes and underscores (at most 64, starting with a letter or digit).</source>
        <translation>Der Schlüsselname „%1“ darf nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten (höchstens 64, beginnend mit einem Buchstaben oder einer Ziffer).</translation>
    </message>
    <message>
        <source>There is already an ingest key named “%1”. Choose another name, or delete the old key first.</source>
        <translation>Es gibt bereits einen Ingest-Schlüssel namens „%1“. Wählen Sie einen anderen Namen oder löschen Sie zuerst den alten Schlüssel.</translation>
    </message>
    <message>
        <source>The ingest key was not created because the keychain refused it: %1</source>
        <translation>Der Ingest-Schlüssel wurde nicht angelegt, weil der Schlüsselbund ihn abgelehnt hat: %1</translation>
    </message>
    <message>
        <source>There is no ingest key named “%1”.</source>
        <translation>Es gibt keinen Ingest-Schlüssel namens „%1“.</translation>
    </message>
    <message>
        <source>The ingest key “%1” no longer works, but the keychain could not forget it: %2</source>
        <translation>Der Ingest-Schlüssel „%1“ funktioniert nicht mehr, aber der Schlüsselbund konnte ihn nicht entfernen: %2</translation>
    </message>
</context>
<context>
    <name>hookdesk::IngestKeyStore</name>
    <message>
        <source>Could not read the ingest keys</source>
        <translation>Die Ingest-Schlüssel konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the ingest key</source>
        <translation>Der Ingest-Schlüssel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not store the ingest key “%1”</source>
        <translation>Der Ingest-Schlüssel „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not delete the ingest key</source>
        <translation>Der Ingest-Schlüssel konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>hookdesk::IngestServer</name>
    <message>
        <source>The request body is larger than this server accepts (%1 bytes). Send smaller events, or start the server with a larger --ingest-max-bytes.</source>
        <translation>Der Request-Body ist größer, als dieser Server annimmt (%1 Bytes). Senden Sie kleinere Ereignisse oder starten Sie den Server mit einem größeren --ingest-max-bytes.</translation>
    </message>
    <message>
        <source>The ingest API listens only on this computer (127.0.0.1 or ::1) unless you allow other computers explicitly; %1 is not a loopback address. Use --ingest-allow-remote if you really want that.</source>
        <translation>Die Ingest-API lauscht nur auf diesem Computer (127.0.0.1 oder ::1), sofern Sie andere Computer nicht ausdrücklich zulassen; %1 ist keine Loopback-Adresse. Verwenden Sie --ingest-allow-remote, wenn Sie das wirklich wollen.</translation>
    </message>
    <message>
        <source>Could not host the ingest API on %1:%2 because another program already uses that port. Choose another port or stop the other program.</source>
        <translation>Die Ingest-API konnte nicht unter %1:%2 bereitgestellt werden, weil ein anderes Programm diesen Port bereits verwendet. Wählen Sie einen anderen Port oder beenden Sie das andere Programm.</translation>
    </message>
    <message>
        <source>Could not host the ingest API on %1:%2: %3.</source>
        <translation>Die Ingest-API konnte nicht unter %1:%2 bereitgestellt werden: %3.</translation>
    </message>
    <message>
        <source>“%1” is not an address to listen on. Write it as 127.0.0.1:PORT, with a port between 0 and 65535.</source>
        <translation>„%1“ ist keine Adresse, auf der gelauscht werden kann. Schreiben Sie sie als 127.0.0.1:PORT mit einem Port zwischen 0 und 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Write the address to listen on as 127.0.0.1:PORT.</source>
        <translation>„%1“ ist keine IP-Adresse. Schreiben Sie die Adresse, auf der gelauscht werden soll, als 127.0.0.1:PORT.</translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation>Die Request-Header sind zu groß.</translation>
    </message>
    <message>
        <source>There is nothing at %1. Post events to /v1/events.</source>
        <translation>Unter %1 gibt es nichts. Senden Sie Ereignisse per POST an /v1/events.</translation>
    </message>
    <message>
        <source>Only POST is accepted at /v1/events.</source>
        <translation>Unter /v1/events wird nur POST angenommen.</translation>
    </message>
    <message>
        <source>Send an ingest key as “Authorization: Bearer &lt;key&gt;”. Create one with hookdesk ingest-key create NAME.</source>
        <translation>Senden Sie einen Ingest-Schlüssel als „Authorization: Bearer &lt;key&gt;“. Legen Sie einen mit hookdesk ingest-key create NAME an.</translation>
    </message>
    <message>
        <source>The ingest key is not valid: it was mistyped or has been deleted.</source>
        <translation>Der Ingest-Schlüssel ist nicht gültig: Er wurde falsch eingegeben oder ist gelöscht worden.</translation>
    </message>
    <message>
        <source>The payload</source>
        <translation>Die Nutzdaten</translation>
    </message>
    <message>
        <source>The request body</source>
        <translation>Der Request-Body</translation>
    </message>
    <message>
        <source>The request body must be a JSON object with type and payload.</source>
        <translation>Der Request-Body muss ein JSON-Objekt mit type und payload sein.</translation>
    </message>
    <message>
        <source>Name the event type in “type”, e.g. &quot;type&quot;: &quot;ticket.created&quot;.</source>
        <translation>Nennen Sie den Ereignistyp in „type“, z. B. &quot;type&quot;: &quot;ticket.created&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not an event type of the catalogue.</source>
        <translation>„%1“ ist kein Ereignistyp des Katalogs.</translation>
    </message>
    <message>
        <source>“id” must be a text of 1 to 200 characters that identifies this event, so that sending it again creates nothing new.</source>
        <translation>„id“ muss ein Text mit 1 bis 200 Zeichen sein, der dieses Ereignis kennzeichnet, damit erneutes Senden nichts Neues anlegt.</translation>
    </message>
    <message>
        <source>“urn” must be a text such as urn:allthings:app:42.</source>
        <translation>„urn“ muss ein Text wie urn:allthings:app:42 sein.</translation>
    </message>
    <message>
        <source>The event has no “payload”; send the event&apos;s data as a JSON object.</source>
        <translation>Das Ereignis hat keine „payload“; senden Sie die Daten des Ereignisses als JSON-Objekt.</translation>
    </message>
    <message>
        <source>“payload” must be a JSON object.</source>
        <translation>„payload“ muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationDialog</name>
    <message>
        <source>Edit integration “%1”</source>
        <translation>Integration „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add integration</source>
        <translation>Integration hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Billing service</source>
        <translation>z. B. Abrechnungsdienst</translation>
    </message>
    <message>
        <source>https://example.com/webhooks</source>
        <translation>https://example.com/webhooks</translation>
    </message>
    <message>
        <source>Authorization: Bearer &lt;token&gt;</source>
        <translation>Authorization: Bearer &lt;Token&gt;</translation>
    </message>
    <message>
        <source>Authorization: Token &lt;token&gt;</source>
        <translation>Authorization: Token &lt;Token&gt;</translation>
    </message>
    <message>
        <source>Authorization: Basic (user name + token as password)</source>
        <translation>Authorization: Basic (Benutzername + Token als Passwort)</translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation>Eigener Header</translation>
    </message>
    <message>
        <source>e.g. X-Api-Key</source>
        <translation>z. B. X-Api-Key</translation>
    </message>
    <message>
        <source>The user name the receiver expects</source>
        <translation>Der Benutzername, den der Empfänger erwartet</translation>
    </message>
    <message>
        <source>Leave empty to keep the current token</source>
        <translation>Leer lassen, um das aktuelle Token zu behalten</translation>
    </message>
    <message>
        <source>The token the receiver expects</source>
        <translation>Das Token, das der Empfänger erwartet</translation>
    </message>
    <message>
        <source>Show the token while typing</source>
        <translation>Token bei der Eingabe anzeigen</translation>
    </message>
    <message>
        <source>Enabled: deliver webhooks to this integration</source>
        <translation>Aktiv: Webhooks an diese Integration zustellen</translation>
    </message>
    <message>
        <source>The token and a new signing secret are kept in the system keychain, never in the database. Webhooks are signed with the Standard Webhooks scheme.</source>
        <translation>Das Token und ein neues Signaturgeheimnis werden im Schlüsselbund des Systems aufbewahrt, nie in der Datenbank. Webhooks werden nach dem Verfahren von Standard Webhooks signiert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Authorisation:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation>&amp;Header-Name:</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>B&amp;enutzername:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source> requests at once</source>
        <translation> Anfragen gleichzeitig</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>Standard Webhooks: 5s, 5m, 30m, 2h, 5h, 10h, 14h, 20h, 24h</source>
        <translation>Standard Webhooks: 5s, 5m, 30m, 2h, 5h, 10h, 14h, 20h, 24h</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenbegrenzung:</translation>
    </message>
    <message>
        <source>Retr&amp;y waits:</source>
        <translation>&amp;Wiederholungsabstände:</translation>
    </message>
    <message>
        <source>Check that the URL answers before saving (sends a signed ping)</source>
        <translation>Vor dem Speichern prüfen, ob die URL antwortet (sendet einen signierten Ping)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Zustellung</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>Anfra&amp;ge</translation>
    </message>
    <message>
        <source>Response &amp;&amp; TLS</source>
        <translation>Antwort &amp;&amp; TLS</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Checking the URL…</source>
        <translation>URL wird geprüft…</translation>
    </message>
    <message>
        <source>%1 Nothing was saved. Check the URL and the receiver, or save anyway.</source>
        <translation>%1 Es wurde nichts gespeichert. Prüfen Sie die URL und den Empfänger oder speichern Sie trotzdem.</translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationModel</name>
    <message>
        <source>Old secret signs until %1</source>
        <translation>Altes Geheimnis signiert bis %1</translation>
    </message>
    <message>
        <source>Authorization: Token …</source>
        <translation>Authorization: Token …</translation>
    </message>
    <message>
        <source>Authorization: Bearer …</source>
        <translation>Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Authorization: Basic (%1) …</source>
        <translation>Authorization: Basic (%1) …</translation>
    </message>
    <message>
        <source>%1: …</source>
        <translation>%1: …</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Deaktiviert: %1</translation>
    </message>
    <message>
        <source>Disabled by an administrator</source>
        <translation>Von einem Administrator deaktiviert</translation>
    </message>
    <message>
        <source>After a secret rotation every delivery carries two signatures, with the new and the old secret, until %1.</source>
        <translation>Nach einem Wechsel des Geheimnisses trägt jede Zustellung bis %1 zwei Signaturen, mit dem neuen und dem alten Geheimnis.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationRequestTab</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form (payload=&lt;JSON&gt;)</source>
        <translation>Formular (payload=&lt;JSON&gt;)</translation>
    </message>
    <message>
        <source>CloudEvents 1.0 (binary mode)</source>
        <translation>CloudEvents 1.0 (Binärmodus)</translation>
    </message>
    <message>
        <source>HTTP/1.1</source>
        <translation>HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <translation>HTTP/2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No custom headers: requests carry only the headers Hookdesk sets. Use Add header for one the receiver expects, for example X-Tenant.</source>
        <translation>Keine eigenen Header: Anfragen tragen nur die Header, die Hookdesk setzt. Mit „Header hinzufügen“ legen Sie einen an, den der Empfänger erwartet, zum Beispiel X-Tenant.</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>&amp;Header hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Payload &amp;format:</source>
        <translation>Nutzdaten&amp;format:</translation>
    </message>
    <message>
        <source>Custom headers, sent with every request:</source>
        <translation>Eigene Header, die mit jeder Anfrage gesendet werden:</translation>
    </message>
    <message>
        <source>&amp;HTTP version:</source>
        <translation>HTTP-&amp;Version:</translation>
    </message>
    <message>
        <source>The receiver gets the event&apos;s JSON as the body (application/json).</source>
        <translation>Der Empfänger erhält das JSON des Ereignisses als Body (application/json).</translation>
    </message>
    <message>
        <source>The receiver gets a form (application/x-www-form-urlencoded) whose payload field holds the JSON, as GitHub sends it; the signature covers the form.</source>
        <translation>Der Empfänger erhält ein Formular (application/x-www-form-urlencoded), dessen Feld payload das JSON enthält, so wie GitHub es sendet; die Signatur deckt das Formular ab.</translation>
    </message>
    <message>
        <source>The receiver gets the JSON as the body and the event&apos;s id, type, source and time in ce-* headers (CloudEvents 1.0 binary mode).</source>
        <translation>Der Empfänger erhält das JSON als Body sowie ID, Typ, Quelle und Zeitpunkt des Ereignisses in ce-*-Headern (CloudEvents 1.0 im Binärmodus).</translation>
    </message>
    <message>
        <source>Understood by every receiver. Hookdesk opens a connection for each request in flight, up to the integration&apos;s concurrency limit.</source>
        <translation>Wird von jedem Empfänger verstanden. Hookdesk öffnet für jede laufende Anfrage eine Verbindung, bis zur Parallelitätsgrenze der Integration.</translation>
    </message>
    <message>
        <source>Every request to the receiver shares one connection, which costs less CPU per delivery. A receiver that reads the whole request before it answers may add about 40 ms to each one (delayed TCP acknowledgements), so give the integration enough requests in flight for the rate it needs. Over https the receiver may still choose HTTP/1.1. Over plain http, HTTP/2 is spoken from the first byte: choose it only for a receiver known to speak HTTP/2 without TLS (h2c), or every delivery fails.</source>
        <translation>Alle Anfragen an den Empfänger teilen sich eine Verbindung, was pro Zustellung weniger CPU kostet. Ein Empfänger, der die ganze Anfrage liest, bevor er antwortet, kann jeder Anfrage etwa 40 ms hinzufügen (verzögerte TCP-Bestätigungen); erlauben Sie der Integration daher genug gleichzeitige Anfragen für die benötigte Rate. Über https kann der Empfänger trotzdem HTTP/1.1 wählen. Über unverschlüsseltes http wird HTTP/2 ab dem ersten Byte gesprochen: Wählen Sie es nur für einen Empfänger, der nachweislich HTTP/2 ohne TLS (h2c) spricht, sonst schlägt jede Zustellung fehl.</translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationResponseTab</name>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>JSON pointer in the body</source>
        <translation>JSON-Pointer im Body</translation>
    </message>
    <message>
        <source>Response header</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>Keine: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The receiver&apos;s own reference for a delivery (e.g. “001”), shown in the queue so you can quote it to the receiver&apos;s people.</source>
        <translation>Die eigene Referenz des Empfängers für eine Zustellung (z. B. „001“), in der Warteschlange angezeigt, damit Sie sie den Zuständigen beim Empfänger nennen können.</translation>
    </message>
    <message>
        <source>&amp;Read from:</source>
        <translation>&amp;Lesen aus:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Run number</source>
        <translation>Laufnummer</translation>
    </message>
    <message>
        <source>HTTPS receivers are trusted when a certificate authority of this computer vouches for them. For a receiver with its own CA, choose that CA&apos;s PEM file: it is trusted in addition, for this integration only.</source>
        <translation>HTTPS-Empfängern wird vertraut, wenn eine Zertifizierungsstelle dieses Computers für sie bürgt. Wählen Sie für einen Empfänger mit eigener CA die PEM-Datei dieser CA: Ihr wird zusätzlich vertraut, nur für diese Integration.</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>e.g. X-Run-Number</source>
        <translation>z. B. X-Run-Number</translation>
    </message>
    <message>
        <source>e.g. /run/number or /results/0/id</source>
        <translation>z. B. /run/number oder /results/0/id</translation>
    </message>
    <message>
        <source>/run/number reads “001” from {&quot;run&quot;: {&quot;number&quot;: &quot;001&quot;}}.</source>
        <translation>/run/number liest „001“ aus {&quot;run&quot;: {&quot;number&quot;: &quot;001&quot;}}.</translation>
    </message>
    <message>
        <source>The header&apos;s value; the case of its name does not matter.</source>
        <translation>Der Wert des Headers; Groß- und Kleinschreibung seines Namens spielt keine Rolle.</translation>
    </message>
    <message>
        <source>1 certificate found: %1.</source>
        <translation>1 Zertifikat gefunden: %1.</translation>
    </message>
    <message>
        <source>%1 certificates found: %2.</source>
        <translation>%1 Zertifikate gefunden: %2.</translation>
    </message>
    <message>
        <source>Choose the receiver&apos;s CA file</source>
        <translation>CA-Datei des Empfängers auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationService</name>
    <message>
        <source>Give the integration a name.</source>
        <translation>Geben Sie der Integration einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long: use at most 100 characters.</source>
        <translation>Der Name ist zu lang: Verwenden Sie höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the name of the header that carries the token, for example X-Api-Key.</source>
        <translation>Geben Sie den Namen des Headers ein, der das Token trägt, zum Beispiel X-Api-Key.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name: use letters, digits and - only.</source>
        <translation>„%1“ ist kein gültiger Header-Name: Verwenden Sie nur Buchstaben, Ziffern und -.</translation>
    </message>
    <message>
        <source>The header %1 is set by Hookdesk itself; choose another name for the token.</source>
        <translation>Der Header %1 wird von Hookdesk selbst gesetzt; wählen Sie für das Token einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the token the receiver expects in its Authorization header.</source>
        <translation>Geben Sie das Token ein, das der Empfänger in seinem Authorization-Header erwartet.</translation>
    </message>
    <message>
        <source>The token contains a line break; paste it again without one.</source>
        <translation>Das Token enthält einen Zeilenumbruch; fügen Sie es ohne erneut ein.</translation>
    </message>
    <message>
        <source>The token is too long: use at most 4096 characters.</source>
        <translation>Das Token ist zu lang: Verwenden Sie höchstens 4096 Zeichen.</translation>
    </message>
    <message>
        <source>An integration named “%1” already exists. Choose another name.</source>
        <translation>Es gibt bereits eine Integration namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The integration was not saved: the token could not be stored in the keychain. %1</source>
        <translation>Die Integration wurde nicht gespeichert: Das Token konnte nicht im Schlüsselbund abgelegt werden. %1</translation>
    </message>
    <message>
        <source>The integration was not saved: the signing secret could not be stored in the keychain. %1</source>
        <translation>Die Integration wurde nicht gespeichert: Das Signaturgeheimnis konnte nicht im Schlüsselbund abgelegt werden. %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the new token could not be stored in the keychain. %1</source>
        <translation>Es wurde nichts gespeichert: Das neue Token konnte nicht im Schlüsselbund abgelegt werden. %1</translation>
    </message>
    <message>
        <source>This integration no longer exists.</source>
        <translation>Diese Integration existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The token was not changed: the keychain refused it. %1</source>
        <translation>Das Token wurde nicht geändert: Der Schlüsselbund hat es abgelehnt. %1</translation>
    </message>
    <message>
        <source>The integration was not deleted: its token could not be removed from the keychain. %1</source>
        <translation>Die Integration wurde nicht gelöscht: Ihr Token konnte nicht aus dem Schlüsselbund entfernt werden. %1</translation>
    </message>
    <message>
        <source>The integration was not deleted: its signing secret could not be removed from the keychain. %1</source>
        <translation>Die Integration wurde nicht gelöscht: Ihr Signaturgeheimnis konnte nicht aus dem Schlüsselbund entfernt werden. %1</translation>
    </message>
    <message>
        <source>The old signing secret of “%1” could not be removed from the keychain; Hookdesk will try again later. %2</source>
        <translation>Das alte Signaturgeheimnis von „%1“ konnte nicht aus dem Schlüsselbund entfernt werden; Hookdesk versucht es später erneut. %2</translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationStore</name>
    <message>
        <source>Could not read the integrations</source>
        <translation>Die Integrationen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the integration</source>
        <translation>Die Integration konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not check the integration name</source>
        <translation>Der Name der Integration konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>An integration named “%1” already exists. Choose another name.</source>
        <translation>Es gibt bereits eine Integration namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not save the integration</source>
        <translation>Die Integration konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The integration “%1” no longer exists.</source>
        <translation>Die Integration „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not start a transaction.</source>
        <translation>Eine Transaktion konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not delete the integration&apos;s triggers</source>
        <translation>Die Auslöser der Integration konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not delete the integration</source>
        <translation>Die Integration konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not disable the integration</source>
        <translation>Die Integration konnte nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>Could not record the health of the integration</source>
        <translation>Der Zustand der Integration konnte nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Could not record the new token</source>
        <translation>Das neue Token konnte nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Could not record that the old signing secret is gone</source>
        <translation>Es konnte nicht vermerkt werden, dass das alte Signaturgeheimnis entfernt ist</translation>
    </message>
    <message>
        <source>Could not record the new signing secret</source>
        <translation>Das neue Signaturgeheimnis konnte nicht vermerkt werden</translation>
    </message>
    <message>
        <source>This integration no longer exists.</source>
        <translation>Diese Integration existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Destinations for webhooks: a base URL, the token sent in the Authorization header, and a signing secret. Tokens and secrets stay in the system keychain.</source>
        <translation>Ziele für Webhooks: eine Basis-URL, das im Authorization-Header gesendete Token und ein Signaturgeheimnis. Token und Geheimnisse bleiben im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Add integration…</source>
        <translation>Integration hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Reset token…</source>
        <translation>Token zurücksetzen…</translation>
    </message>
    <message>
        <source>Signing secret…</source>
        <translation>Signaturgeheimnis…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No integrations yet. Click “Add integration…” and enter the receiver&apos;s URL and token.</source>
        <translation>Noch keine Integrationen. Klicken Sie auf „Integration hinzufügen…“ und geben Sie URL und Token des Empfängers ein.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Integration saved. Its token and signing secret are in the system keychain.</source>
        <translation>Integration gespeichert. Ihr Token und ihr Signaturgeheimnis liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The token of “%1” was replaced.</source>
        <translation>Das Token von „%1“ wurde ersetzt.</translation>
    </message>
    <message>
        <source>“%1” signs with a new secret; the old one signs beside it until %2.</source>
        <translation>„%1“ signiert mit einem neuen Geheimnis; das alte signiert bis %2 daneben weiter.</translation>
    </message>
    <message>
        <source>“%1” signs with a new secret only.</source>
        <translation>„%1“ signiert nur noch mit dem neuen Geheimnis.</translation>
    </message>
    <message>
        <source>“%1” is enabled: pending webhooks will be delivered.</source>
        <translation>„%1“ ist aktiviert: Ausstehende Webhooks werden zugestellt.</translation>
    </message>
    <message>
        <source>“%1” is disabled: its webhooks wait in the queue until it is enabled again.</source>
        <translation>„%1“ ist deaktiviert: Ihre Webhooks warten in der Warteschlange, bis sie wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Delete integration</source>
        <translation>Integration löschen</translation>
    </message>
    <message>
        <source>Delete “%1”, its triggers, and its token and signing secret in the keychain? Past deliveries stay in the queue.</source>
        <translation>„%1“ mit ihren Auslösern sowie ihrem Token und Signaturgeheimnis im Schlüsselbund löschen? Frühere Zustellungen bleiben in der Warteschlange.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>hookdesk::JobExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>hookdesk::JobInspector</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again. Secrets stay redacted as stored: put the token and a fresh signature in before running it.</source>
        <translation>Einen curl-Befehl kopieren, der diese Anfrage erneut sendet. Geheimnisse bleiben wie gespeichert geschwärzt: Setzen Sie vor dem Ausführen das Token und eine frische Signatur ein.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Show the token and the signature instead of ••••••••. They are read from the keychain now: if the token or secret changed since, the values differ from what was sent.</source>
        <translation>Das Token und die Signatur statt •••••••• anzeigen. Sie werden jetzt aus dem Schlüsselbund gelesen: Wenn sich Token oder Geheimnis seitdem geändert haben, weichen die Werte vom Gesendeten ab.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Select two attempts to see what changed between them, side by side.</source>
        <translation>Wählen Sie zwei Versuche aus, um nebeneinander zu sehen, was sich zwischen ihnen geändert hat.</translation>
    </message>
    <message>
        <source>Select a job to see its request and response.</source>
        <translation>Wählen Sie einen Auftrag aus, um seine Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Job %1 no longer exists.</source>
        <translation>Auftrag %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; — %3&lt;br&gt;URL: %4&lt;br&gt;webhook-id: &lt;code&gt;%5&lt;/code&gt; · created %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; an &lt;b&gt;%2&lt;/b&gt; — %3&lt;br&gt;URL: %4&lt;br&gt;webhook-id: &lt;code&gt;%5&lt;/code&gt; · erstellt %6</translation>
    </message>
    <message>
        <source>(deleted integration)</source>
        <translation>(gelöschte Integration)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Next retry: %1 (attempt %2)</source>
        <translation>&lt;br&gt;Nächste Wiederholung: %1 (Versuch %2)</translation>
    </message>
    <message>
        <source>&lt;br&gt;No more retries: every attempt of the schedule failed. Resend to try again.</source>
        <translation>&lt;br&gt;Keine weiteren Wiederholungen: Jeder Versuch des Plans ist fehlgeschlagen. Senden Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Matched triggers %1: one job, because they send to the same URL.</source>
        <translation>Passende Auslöser %1: ein Auftrag, weil sie an dieselbe URL senden.</translation>
    </message>
    <message>
        <source>Matched trigger %1.</source>
        <translation>Passender Auslöser %1.</translation>
    </message>
    <message>
        <source>Manual resend</source>
        <translation>Manuell erneut gesendet</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source> · run %1</source>
        <translation> · Lauf %1</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms%3%4%5</source>
        <translation>HTTP %1 nach %2 ms%3%4%5</translation>
    </message>
    <message>
        <source>, over %1</source>
        <translation>, über %1</translation>
    </message>
    <message>
        <source> (body truncated to 64 KiB)</source>
        <translation> (Body auf 64 KiB gekürzt)</translation>
    </message>
    <message>
        <source> — run number %1</source>
        <translation> — Laufnummer %1</translation>
    </message>
    <message>
        <source>No HTTP answer: %1</source>
        <translation>Keine HTTP-Antwort: %1</translation>
    </message>
    <message>
        <source>Truncated: only the first 64 KiB were kept.</source>
        <translation>Gekürzt: Nur die ersten 64 KiB wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>The integration of this job was deleted: there is nothing to reveal.</source>
        <translation>Die Integration dieses Auftrags wurde gelöscht: Es gibt nichts aufzudecken.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Showing the current token and a signature made with the current secret.</source>
        <translation>Angezeigt werden das aktuelle Token und eine mit dem aktuellen Geheimnis erstellte Signatur.</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
</context>
<context>
    <name>hookdesk::JobPresentation</name>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Attempt %1 failed; Hookdesk tries again at this time. Resend to try now.</source>
        <translation>Versuch %1 ist fehlgeschlagen; Hookdesk versucht es zu diesem Zeitpunkt erneut. Senden Sie erneut, um es jetzt zu versuchen.</translation>
    </message>
    <message>
        <source>Every attempt of the retry schedule failed. Resend to try again.</source>
        <translation>Jeder Versuch des Wiederholungsplans ist fehlgeschlagen. Senden Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>The receiver&apos;s run number for this delivery: %1</source>
        <translation>Die Laufnummer des Empfängers für diese Zustellung: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächste Wiederholung</translation>
    </message>
</context>
<context>
    <name>hookdesk::JobQuery</name>
    <message>
        <source>Could not read the queue</source>
        <translation>Die Warteschlange konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not count the jobs</source>
        <translation>Die Aufträge konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>Could not count the new jobs</source>
        <translation>Die neuen Aufträge konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>Could not index the queue</source>
        <translation>Die Warteschlange konnte nicht indiziert werden</translation>
    </message>
    <message>
        <source>Could not count the jobs to resend</source>
        <translation>Die erneut zu sendenden Aufträge konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>Could not start a transaction to resend the jobs.</source>
        <translation>Es konnte keine Transaktion zum erneuten Senden der Aufträge gestartet werden.</translation>
    </message>
    <message>
        <source>Could not find the jobs to resend</source>
        <translation>Die erneut zu sendenden Aufträge konnten nicht gefunden werden</translation>
    </message>
    <message>
        <source>Could not queue the jobs again</source>
        <translation>Die Aufträge konnten nicht erneut in die Warteschlange gestellt werden</translation>
    </message>
    <message>
        <source>Could not queue the jobs again: %1</source>
        <translation>Die Aufträge konnten nicht erneut in die Warteschlange gestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>hookdesk::JobStore</name>
    <message>
        <source>Could not read the queue</source>
        <translation>Die Warteschlange konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the job</source>
        <translation>Der Auftrag konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the attempts</source>
        <translation>Die Versuche konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the triggers of the job</source>
        <translation>Die Auslöser des Auftrags konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not look for due jobs</source>
        <translation>Fällige Aufträge konnten nicht gesucht werden</translation>
    </message>
    <message>
        <source>Could not claim a job</source>
        <translation>Ein Auftrag konnte nicht übernommen werden</translation>
    </message>
    <message>
        <source>Could not claim jobs</source>
        <translation>Aufträge konnten nicht übernommen werden</translation>
    </message>
    <message>
        <source>Could not claim the next job in order</source>
        <translation>Der nächste Auftrag in der Reihenfolge konnte nicht übernommen werden</translation>
    </message>
    <message>
        <source>Could not read the claimed jobs</source>
        <translation>Die übernommenen Aufträge konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not give back claimed jobs</source>
        <translation>Übernommene Aufträge konnten nicht zurückgegeben werden</translation>
    </message>
    <message>
        <source>Could not start a transaction to record the attempts.</source>
        <translation>Es konnte keine Transaktion zum Vermerken der Versuche gestartet werden.</translation>
    </message>
    <message>
        <source>Could not record the attempt</source>
        <translation>Der Versuch konnte nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Could not update the job</source>
        <translation>Der Auftrag konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Could not count the attempts</source>
        <translation>Die Versuche konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>The job %1 no longer exists.</source>
        <translation>Der Auftrag %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not start a transaction to resend.</source>
        <translation>Es konnte keine Transaktion zum erneuten Senden gestartet werden.</translation>
    </message>
    <message>
        <source>Could not queue the job again</source>
        <translation>Der Auftrag konnte nicht erneut in die Warteschlange gestellt werden</translation>
    </message>
    <message>
        <source>Could not record the attempts: %1</source>
        <translation>Die Versuche konnten nicht vermerkt werden: %1</translation>
    </message>
    <message>
        <source>Could not queue the jobs again: %1</source>
        <translation>Die Aufträge konnten nicht erneut in die Warteschlange gestellt werden: %1</translation>
    </message>
    <message>
        <source>Could not start a transaction to claim jobs.</source>
        <translation>Es konnte keine Transaktion zum Übernehmen von Aufträgen gestartet werden.</translation>
    </message>
    <message>
        <source>Could not claim jobs: %1</source>
        <translation>Aufträge konnten nicht übernommen werden: %1</translation>
    </message>
</context>
<context>
    <name>hookdesk::JsonErrorLocator</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file ends before the JSON is complete (a closing “}” or “]” may be missing)</source>
        <translation>die Datei endet, bevor das JSON vollständig ist (eventuell fehlt eine schließende „}“ oder „]“)</translation>
    </message>
    <message>
        <source>a value is expected here (text in double quotes, a number, true, false, null, an object or a list)</source>
        <translation>hier wird ein Wert erwartet (Text in doppelten Anführungszeichen, eine Zahl, true, false, null, ein Objekt oder eine Liste)</translation>
    </message>
    <message>
        <source>a property name in double quotes is expected here</source>
        <translation>hier wird ein Eigenschaftsname in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>a comma stands before a closing bracket; remove the extra comma</source>
        <translation>vor einer schließenden Klammer steht ein Komma; entfernen Sie das überzählige Komma</translation>
    </message>
    <message>
        <source>a colon “:” is expected after the property name</source>
        <translation>nach dem Eigenschaftsnamen wird ein Doppelpunkt „:“ erwartet</translation>
    </message>
    <message>
        <source>a comma “,” or a closing “}” is expected here; a comma is probably missing</source>
        <translation>hier wird ein Komma „,“ oder eine schließende „}“ erwartet; wahrscheinlich fehlt ein Komma</translation>
    </message>
    <message>
        <source>a comma “,” or a closing “]” is expected here; a comma is probably missing</source>
        <translation>hier wird ein Komma „,“ oder eine schließende „]“ erwartet; wahrscheinlich fehlt ein Komma</translation>
    </message>
    <message>
        <source>the text in double quotes that starts here is never closed</source>
        <translation>der hier beginnende Text in doppelten Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>this backslash escape is not allowed in JSON</source>
        <translation>diese Escape-Sequenz mit Backslash ist in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>a line break or other control character stands inside text in double quotes (a closing quote may be missing; write a line break inside text as \n)</source>
        <translation>in einem Text in doppelten Anführungszeichen steht ein Zeilenumbruch oder ein anderes Steuerzeichen (eventuell fehlt ein schließendes Anführungszeichen; schreiben Sie einen Zeilenumbruch im Text als \n)</translation>
    </message>
    <message>
        <source>this number is not written the way JSON requires</source>
        <translation>diese Zahl ist nicht so geschrieben, wie JSON es verlangt</translation>
    </message>
    <message>
        <source>more text follows the end of the JSON document</source>
        <translation>nach dem Ende des JSON-Dokuments folgt weiterer Text</translation>
    </message>
    <message>
        <source>objects and lists are nested too deeply</source>
        <translation>Objekte und Listen sind zu tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>hookdesk::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>hookdesk::KeychainSecretStore</name>
    <message>
        <source>The system keychain has no secret under “%1”.</source>
        <translation>Der Schlüsselbund des Systems hat kein Geheimnis unter „%1“.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the secret stored under “%1”. Unlock your keyring, check that Hookdesk may change its entries, and try again.</source>
        <translation>Der Schlüsselbund des Systems konnte das unter „%1“ gespeicherte Geheimnis nicht löschen. Entsperren Sie Ihren Schlüsselbund, prüfen Sie, ob Hookdesk seine Einträge ändern darf, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused when it asked for permission. Allow Hookdesk to use your keyring and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde bei der Nachfrage nach der Berechtigung verweigert. Erlauben Sie Hookdesk, Ihren Schlüsselbund zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access to the secret “%1”. Unlock your keyring (for example with your login password) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff auf das Geheimnis „%1“ verweigert. Entsperren Sie Ihren Schlüsselbund (zum Beispiel mit Ihrem Anmeldepasswort) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available: no Secret Service (such as GNOME Keyring or KWallet) answers on the session bus. Start or unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Kein Secret Service (etwa GNOME Keyring oder KWallet) antwortet auf dem Session-Bus. Starten oder entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This system has no keychain that Hookdesk can use, and Hookdesk never stores secrets in plain text. Install GNOME Keyring or KWallet and try again.</source>
        <translation>Dieses System hat keinen Schlüsselbund, den Hookdesk verwenden kann, und Hookdesk speichert Geheimnisse niemals im Klartext. Installieren Sie GNOME Keyring oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain failed for an unknown reason. Try again, and check your keyring if it keeps failing.</source>
        <translation>Der Schlüsselbund des Systems ist aus unbekanntem Grund fehlgeschlagen. Versuchen Sie es erneut und prüfen Sie Ihren Schlüsselbund, wenn der Fehler bleibt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hookdesk::LazyQueueModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>hookdesk::MainWindow</name>
    <message>
        <source>Hookdesk</source>
        <translation>Hookdesk</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Events catalogue</source>
        <translation>Ereigniskatalog</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Ingest API off: %1</source>
        <translation>Ingest-API aus: %1</translation>
    </message>
    <message>
        <source>Ingest API at %1</source>
        <translation>Ingest-API unter %1</translation>
    </message>
    <message>
        <source>Delivery problem: %1</source>
        <translation>Zustellproblem: %1</translation>
    </message>
    <message>
        <source>Delivering: 1 request in flight</source>
        <translation>Zustellung: 1 Anfrage läuft</translation>
    </message>
    <message>
        <source>Delivering: %1 requests in flight</source>
        <translation>Zustellung: %1 Anfragen laufen</translation>
    </message>
    <message>
        <source>Delivery running, queue idle</source>
        <translation>Zustellung läuft, Warteschlange leer</translation>
    </message>
    <message>
        <source>Delivery paused</source>
        <translation>Zustellung pausiert</translation>
    </message>
</context>
<context>
    <name>hookdesk::OpenApiImporter</name>
    <message>
        <source>the reference “%1” points into another document; only references inside this file (#/components/…) can be imported</source>
        <translation>die Referenz „%1“ zeigt in ein anderes Dokument; nur Referenzen innerhalb dieser Datei (#/components/…) können importiert werden</translation>
    </message>
    <message>
        <source>the reference “%1” names nothing in this document</source>
        <translation>die Referenz „%1“ bezeichnet nichts in diesem Dokument</translation>
    </message>
    <message>
        <source>the reference “%1” is not to #/components/schemas/…; only references to schemas of this document can be imported</source>
        <translation>die Referenz „%1“ verweist nicht auf #/components/schemas/…; nur Referenzen auf Schemas dieses Dokuments können importiert werden</translation>
    </message>
    <message>
        <source>the schema refers to “%1%2”, which the document does not define</source>
        <translation>das Schema verweist auf „%1%2“, das im Dokument nicht definiert ist</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>bei %1: %2</translation>
    </message>
    <message>
        <source>the file is not valid JSON at line %1, column %2: %3</source>
        <translation>die Datei ist in Zeile %1, Spalte %2 kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>the document is OpenAPI “%1”; webhooks can be imported from OpenAPI 3.1 documents</source>
        <translation>das Dokument ist OpenAPI „%1“; Webhooks können aus OpenAPI-3.1-Dokumenten importiert werden</translation>
    </message>
    <message>
        <source>the document has no “webhooks” section, or it is empty</source>
        <translation>das Dokument hat keinen Abschnitt „webhooks“, oder er ist leer</translation>
    </message>
    <message>
        <source>the webhook has no “post” operation</source>
        <translation>der Webhook hat keine „post“-Operation</translation>
    </message>
    <message>
        <source>the request body has no “application/json” content, which is what webhooks send</source>
        <translation>der Request-Body hat keinen Inhalt vom Typ „application/json“, den Webhooks senden</translation>
    </message>
    <message>
        <source>the schema must be a JSON object</source>
        <translation>das Schema muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the webhook needs a name</source>
        <translation>der Webhook braucht einen Namen</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
</context>
<context>
    <name>hookdesk::QueuePage</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Every webhook delivery, sent and failed. Filter to find what failed, select one to see exactly what was sent and what came back; resend what failed.</source>
        <translation>Jede Webhook-Zustellung, gesendet oder fehlgeschlagen. Filtern Sie, um Fehlgeschlagenes zu finden, wählen Sie eine aus, um genau zu sehen, was gesendet wurde und was zurückkam, und senden Sie Fehlgeschlagenes erneut.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen…</translation>
    </message>
    <message>
        <source>Any HTTP status</source>
        <translation>Jeder HTTP-Status</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation>3xx Weiterleitung</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>Keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Search payloads…</source>
        <translation>Nutzdaten durchsuchen…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected jobs again, with the same webhook-id, as a new attempt.</source>
        <translation>Die ausgewählten Aufträge mit derselben webhook-id als neuen Versuch erneut senden.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Select two jobs to see their last attempts side by side, differences highlighted.</source>
        <translation>Wählen Sie zwei Aufträge aus, um ihre letzten Versuche nebeneinander zu sehen, mit hervorgehobenen Unterschieden.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected jobs with their attempts as JSON or CSV. Tokens and secrets are never in it.</source>
        <translation>Die ausgewählten Aufträge mit ihren Versuchen als JSON oder CSV speichern. Token und Geheimnisse sind nie darin enthalten.</translation>
    </message>
    <message>
        <source>Resend all matching…</source>
        <translation>Alle passenden erneut senden…</translation>
    </message>
    <message>
        <source>Send every finished job that matches the filter again, in the background.</source>
        <translation>Jeden abgeschlossenen Auftrag, der zum Filter passt, im Hintergrund erneut senden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Jedes Ereignis</translation>
    </message>
    <message>
        <source>Any integration</source>
        <translation>Jede Integration</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>Aufträge im Status „%1“</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>zu %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>in the last hour</source>
        <translation>in der letzten Stunde</translation>
    </message>
    <message>
        <source>in the last day</source>
        <translation>in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>in the last week</source>
        <translation>in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation>mit „%1“</translation>
    </message>
    <message>
        <source>, newest first</source>
        <translation>, neueste zuerst</translation>
    </message>
    <message>
        <source>, oldest first</source>
        <translation>, älteste zuerst</translation>
    </message>
    <message>
        <source>%1 job(s)</source>
        <translation>Aufträge: %1</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>Resend %1 jobs</source>
        <translation>%1 Aufträge erneut senden</translation>
    </message>
    <message>
        <source>No deliveries yet.</source>
        <translation>Noch keine Zustellungen.</translation>
    </message>
    <message>
        <source>Resend to a disabled integration</source>
        <translation>An eine deaktivierte Integration erneut senden</translation>
    </message>
    <message>
        <source>%1 is disabled, so its jobs will wait in the queue until it is enabled again. Queue them anyway?</source>
        <translation>%1 ist deaktiviert, daher warten ihre Aufträge in der Warteschlange, bis sie wieder aktiviert wird. Trotzdem in die Warteschlange stellen?</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued to be sent again with the same webhook-id.</source>
        <translation>
            <numerusform>%n Auftrag zum erneuten Senden mit derselben webhook-id in die Warteschlange gestellt.</numerusform>
            <numerusform>%n Aufträge zum erneuten Senden mit derselben webhook-id in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the jobs to resend…</source>
        <translation>Die erneut zu sendenden Aufträge werden gezählt…</translation>
    </message>
    <message>
        <source>No finished job matches the filter; nothing to resend.</source>
        <translation>Kein abgeschlossener Auftrag passt zum Filter; es gibt nichts erneut zu senden.</translation>
    </message>
    <message>
        <source>Send %1 job(s) (%2) again, each as a new attempt with its own webhook-id unchanged? Jobs still pending or being sent are left alone.</source>
        <translation>Aufträge erneut senden: %1 (%2), jeweils als neuer Versuch mit unveränderter eigener webhook-id? Aufträge, die noch ausstehen oder gerade gesendet werden, bleiben unberührt.</translation>
    </message>
    <message>
        <source>%1 is disabled: its jobs will wait in the queue until it is enabled again.</source>
        <translation>%1 ist deaktiviert: Ihre Aufträge warten in der Warteschlange, bis sie wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Resend matching jobs</source>
        <translation>Passende Aufträge erneut senden</translation>
    </message>
    <message>
        <source>Resending %1 job(s)…</source>
        <translation>Aufträge werden erneut gesendet: %1…</translation>
    </message>
    <message>
        <source>%1 %2 job(s) had been queued before the failure; they stay queued.</source>
        <translation>%1 Vor dem Fehler bereits in die Warteschlange gestellte Aufträge: %2; sie bleiben dort.</translation>
    </message>
    <message>
        <source>Cancelled. %1 job(s) were queued to be sent again; the others were left as they were.</source>
        <translation>Abgebrochen. Zum erneuten Senden in die Warteschlange gestellte Aufträge: %1; die übrigen blieben unverändert.</translation>
    </message>
    <message>
        <source>%1 job(s) queued to be sent again with the same webhook-id.</source>
        <translation>Zum erneuten Senden mit derselben webhook-id in die Warteschlange gestellte Aufträge: %1.</translation>
    </message>
    <message>
        <source>%1, attempt %2</source>
        <translation>%1, Versuch %2</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>%1, not sent yet</source>
        <translation>%1, noch nicht gesendet</translation>
    </message>
    <message>
        <source>Export jobs</source>
        <translation>Aufträge exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) exported to %1.</source>
        <translation>
            <numerusform>%n Auftrag nach %1 exportiert.</numerusform>
            <numerusform>%n Aufträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::RequestBuilder</name>
    <message>
        <source>Enter the URL to send webhooks to, for example https://example.com/hook.</source>
        <translation>Geben Sie die URL ein, an die Webhooks gesendet werden, zum Beispiel https://example.com/hook.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The URL contains characters that are not allowed in a web address. Check it for spaces or typos.</source>
        <translation>Die URL enthält Zeichen, die in einer Webadresse nicht erlaubt sind. Prüfen Sie sie auf Leerzeichen oder Tippfehler.</translation>
    </message>
    <message>
        <source>The URL has no host name. Write it like https://example.com/hook.</source>
        <translation>Die URL hat keinen Hostnamen. Schreiben Sie sie etwa als https://example.com/hook.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password. Enter the token in the integration&apos;s token field instead.</source>
        <translation>Die URL darf keinen Benutzernamen und kein Passwort enthalten. Geben Sie das Token stattdessen im Token-Feld der Integration ein.</translation>
    </message>
</context>
<context>
    <name>hookdesk::RetryPolicy</name>
    <message>
        <source>“%1” in the retry schedule is not a wait. Write waits such as 5s, 5m, 2h or 1d, separated by commas.</source>
        <translation>„%1“ im Wiederholungsplan ist keine Wartezeit. Schreiben Sie Wartezeiten wie 5s, 5m, 2h oder 1d, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>The wait “%1” in the retry schedule is longer than 30 days. Choose a shorter one.</source>
        <translation>Die Wartezeit „%1“ im Wiederholungsplan ist länger als 30 Tage. Wählen Sie eine kürzere.</translation>
    </message>
</context>
<context>
    <name>hookdesk::RunNumber</name>
    <message>
        <source>The JSON pointer “%1” must start with “/”, for example /run/number.</source>
        <translation>Der JSON-Pointer „%1“ muss mit „/“ beginnen, zum Beispiel /run/number.</translation>
    </message>
    <message>
        <source>The JSON pointer “%1” has a “~” that is not followed by 0 or 1; write “~0” for “~” and “~1” for “/” in a name.</source>
        <translation>Der JSON-Pointer „%1“ enthält ein „~“, auf das weder 0 noch 1 folgt; schreiben Sie in einem Namen „~0“ für „~“ und „~1“ für „/“.</translation>
    </message>
    <message>
        <source>Enter the name of the response header that holds the run number, for example X-Run-Number.</source>
        <translation>Geben Sie den Namen des Antwort-Headers ein, der die Laufnummer enthält, zum Beispiel X-Run-Number.</translation>
    </message>
    <message>
        <source>“%1” is not a header name: use letters, digits and - only, for example X-Run-Number.</source>
        <translation>„%1“ ist kein Header-Name: Verwenden Sie nur Buchstaben, Ziffern und -, zum Beispiel X-Run-Number.</translation>
    </message>
</context>
<context>
    <name>hookdesk::SchemaValidator</name>
    <message>
        <source>The schema must be a JSON object (a JSON Schema draft-07).</source>
        <translation>Das Schema muss ein JSON-Objekt sein (ein JSON Schema draft-07).</translation>
    </message>
    <message>
        <source>The schema cannot be used: %1. Correct the schema (references to other files or web addresses are not followed).</source>
        <translation>Das Schema kann nicht verwendet werden: %1. Korrigieren Sie das Schema (Verweisen auf andere Dateien oder Webadressen wird nicht gefolgt).</translation>
    </message>
    <message>
        <source>the payload could not be checked: %1</source>
        <translation>die Nutzdaten konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>the payload does not match the schema.</source>
        <translation>die Nutzdaten passen nicht zum Schema.</translation>
    </message>
    <message>
        <source>the payload</source>
        <translation>die Nutzdaten</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (und %1 weitere)</translation>
    </message>
</context>
<context>
    <name>hookdesk::SecretRotation</name>
    <message>
        <source>The signing secret was not changed: %1 The old secret is still in use.</source>
        <translation>Das Signaturgeheimnis wurde nicht geändert: %1 Das alte Geheimnis bleibt in Gebrauch.</translation>
    </message>
    <message>
        <source>The signing secret was not changed: the keychain refused the new secret. %1 The old secret is still in use.</source>
        <translation>Das Signaturgeheimnis wurde nicht geändert: Der Schlüsselbund hat das neue Geheimnis abgelehnt. %1 Das alte Geheimnis bleibt in Gebrauch.</translation>
    </message>
    <message>
        <source>The signing secret was not changed: the keychain could not keep the old secret for the overlap. %1</source>
        <translation>Das Signaturgeheimnis wurde nicht geändert: Der Schlüsselbund konnte das alte Geheimnis für die Übergangszeit nicht aufbewahren. %1</translation>
    </message>
    <message>
        <source>The signing secret was not changed: the current one could not be read from the keychain. %1</source>
        <translation>Das Signaturgeheimnis wurde nicht geändert: Das aktuelle konnte nicht aus dem Schlüsselbund gelesen werden. %1</translation>
    </message>
</context>
<context>
    <name>hookdesk::SecretStore</name>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation>Im Schlüsselbund ist unter „%1“ kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>hookdesk::SendTestDialog</name>
    <message>
        <source>Send test event: %1</source>
        <translation>Testereignis senden: %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Payload of %1 (edit it before sending):</source>
        <translation>Nutzdaten von %1 (vor dem Senden bearbeiten):</translation>
    </message>
    <message>
        <source>The payload matches the schema of the event type.</source>
        <translation>Die Nutzdaten passen zum Schema des Ereignistyps.</translation>
    </message>
    <message>
        <source>This type rejects such payloads; correct it to send.</source>
        <translation>Dieser Typ weist solche Nutzdaten zurück; korrigieren Sie sie, um zu senden.</translation>
    </message>
    <message>
        <source>It can be sent anyway.</source>
        <translation>Sie können trotzdem gesendet werden.</translation>
    </message>
</context>
<context>
    <name>hookdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ingest API</source>
        <translation>Ingest-API</translation>
    </message>
    <message>
        <source>Host the ingest API while the window is open</source>
        <translation>Ingest-API bereitstellen, solange das Fenster offen ist</translation>
    </message>
    <message>
        <source>Address and port to listen on, e.g. 127.0.0.1:8787. Only this computer can reach a loopback address.</source>
        <translation>Adresse und Port zum Lauschen, z. B. 127.0.0.1:8787. Eine Loopback-Adresse ist nur von diesem Computer aus erreichbar.</translation>
    </message>
    <message>
        <source>Programs post events to POST /v1/events with “Authorization: Bearer &lt;ingest key&gt;”. Only programs on this computer can reach it.</source>
        <translation>Programme senden Ereignisse per POST an /v1/events mit „Authorization: Bearer &lt;Ingest-Schlüssel&gt;“. Nur Programme auf diesem Computer können sie erreichen.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <source>Ingest keys</source>
        <translation>Ingest-Schlüssel</translation>
    </message>
    <message>
        <source>Name, e.g. the program that will post events</source>
        <translation>Name, z. B. das Programm, das Ereignisse senden wird</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel anlegen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>No ingest key yet: create one for each program that posts events.</source>
        <translation>Noch kein Ingest-Schlüssel: Legen Sie für jedes Programm, das Ereignisse sendet, einen an.</translation>
    </message>
    <message>
        <source>Existing keys: %1. Delete one with hookdesk ingest-key delete NAME.</source>
        <translation>Vorhandene Schlüssel: %1. Löschen Sie einen mit hookdesk ingest-key delete NAME.</translation>
    </message>
    <message>
        <source>Key “%1” created. Copy it now: Hookdesk keeps it in the keychain and does not show it again.</source>
        <translation>Schlüssel „%1“ angelegt. Kopieren Sie ihn jetzt: Hookdesk bewahrt ihn im Schlüsselbund auf und zeigt ihn nicht noch einmal an.</translation>
    </message>
</context>
<context>
    <name>hookdesk::SigningSecretDialog</name>
    <message>
        <source>Signing secret of “%1”</source>
        <translation>Signaturgeheimnis von „%1“</translation>
    </message>
    <message>
        <source>The signing secret receivers verify the webhook-signature header with:</source>
        <translation>Das Signaturgeheimnis, mit dem Empfänger den Header webhook-signature prüfen:</translation>
    </message>
    <message>
        <source>Reading from the system keychain…</source>
        <translation>Wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Hookdesk makes a new signing secret and signs every delivery with it from now on. So that the receiver keeps accepting deliveries while you give it the new secret, the old one can keep signing beside it for a while: each request then carries both signatures in its webhook-signature header, and a receiver holding either secret accepts it.</source>
        <translation>Hookdesk erzeugt ein neues Signaturgeheimnis und signiert ab sofort jede Zustellung damit. Damit der Empfänger weiterhin Zustellungen annimmt, während Sie ihm das neue Geheimnis geben, kann das alte eine Zeit lang daneben weiter signieren: Jede Anfrage trägt dann beide Signaturen in ihrem Header webhook-signature, und ein Empfänger mit einem der beiden Geheimnisse nimmt sie an.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>0 hours: stop at once</source>
        <translation>0 Stunden: sofort aufhören</translation>
    </message>
    <message>
        <source>Keep signing with the &amp;old secret for</source>
        <translation>Mit dem a&amp;lten Geheimnis weiter signieren für</translation>
    </message>
    <message>
        <source>This is the new signing secret: copy it to the receiver&apos;s configuration. It stays available here under Signing secret…</source>
        <translation>Dies ist das neue Signaturgeheimnis: Kopieren Sie es in die Konfiguration des Empfängers. Es bleibt hier unter „Signaturgeheimnis…“ verfügbar.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rotate&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wechseln&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>The signing secret could not be read from the system keychain: %1</source>
        <translation>Das Signaturgeheimnis konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %1</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Wird gewechselt…</translation>
    </message>
    <message>
        <source>The new signing secret:</source>
        <translation>Das neue Signaturgeheimnis:</translation>
    </message>
    <message>
        <source>The old secret keeps signing beside the new one until %1. After that only the new secret signs: the receiver must have it by then.</source>
        <translation>Das alte Geheimnis signiert bis %1 neben dem neuen weiter. Danach signiert nur noch das neue: Der Empfänger muss es bis dahin haben.</translation>
    </message>
    <message>
        <source>The old secret no longer signs: deliveries from now on carry only the new signature.</source>
        <translation>Das alte Geheimnis signiert nicht mehr: Zustellungen tragen ab jetzt nur noch die neue Signatur.</translation>
    </message>
</context>
<context>
    <name>hookdesk::Storage</name>
    <message>
        <source>the disk that holds the database is full. Free some space on it and try again; nothing that was already saved is lost.</source>
        <translation>der Datenträger mit der Datenbank ist voll. Schaffen Sie dort Platz und versuchen Sie es erneut; nichts bereits Gespeichertes geht verloren.</translation>
    </message>
    <message>
        <source>the database file cannot be written to (it or its folder is read-only). Check its permissions and the disk it is on.</source>
        <translation>in die Datenbankdatei kann nicht geschrieben werden (sie oder ihr Ordner ist schreibgeschützt). Prüfen Sie ihre Berechtigungen und den Datenträger, auf dem sie liegt.</translation>
    </message>
    <message>
        <source>the disk that holds the database could not be written to or read (%1). Check that the disk is present and has free space.</source>
        <translation>der Datenträger mit der Datenbank konnte nicht beschrieben oder gelesen werden (%1). Prüfen Sie, ob der Datenträger vorhanden ist und freien Platz hat.</translation>
    </message>
    <message>
        <source>the database gave no reason</source>
        <translation>die Datenbank nannte keinen Grund</translation>
    </message>
</context>
<context>
    <name>hookdesk::TlsSettings</name>
    <message>
        <source>an unknown issuer</source>
        <translation>ein unbekannter Aussteller</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist. Choose the PEM file of the receiver&apos;s certificate authority in the integration&apos;s Response &amp; TLS settings, or clear the field.</source>
        <translation>Die CA-Datei %1 existiert nicht. Wählen Sie in den Einstellungen „Antwort &amp; TLS“ der Integration die PEM-Datei der Zertifizierungsstelle des Empfängers oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2. Check its permissions.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate (a block starting with “-----BEGIN CERTIFICATE-----”). Choose the receiver&apos;s CA certificate in PEM form.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat (einen Block, der mit „-----BEGIN CERTIFICATE-----“ beginnt). Wählen Sie das CA-Zertifikat des Empfängers im PEM-Format.</translation>
    </message>
    <message>
        <source>it is self-signed</source>
        <translation>es ist selbstsigniert</translation>
    </message>
    <message>
        <source>its chain ends in a self-signed certificate authority that this computer does not trust</source>
        <translation>seine Kette endet bei einer selbstsignierten Zertifizierungsstelle, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>it was issued by a certificate authority this computer does not trust</source>
        <translation>es wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>it was issued by %1, a certificate authority this computer does not trust</source>
        <translation>es wurde von %1 ausgestellt, einer Zertifizierungsstelle, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>no trusted certificate authority vouches for it</source>
        <translation>keine vertrauenswürdige Zertifizierungsstelle bürgt dafür</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>es ist abgelaufen</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>es ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation>es ist noch nicht gültig</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>es ist nicht vor %1 gültig</translation>
    </message>
    <message>
        <source>it was issued for another host name than %1</source>
        <translation>es wurde für einen anderen Hostnamen als %1 ausgestellt</translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2</source>
        <translation>es wurde für %1 ausgestellt, nicht für %2</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>es wurde widerrufen</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>die sichere Verbindung konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2.</translation>
    </message>
    <message>
        <source>If you trust this receiver, add its CA file in the integration&apos;s Response &amp; TLS settings.</source>
        <translation>Wenn Sie diesem Empfänger vertrauen, fügen Sie seine CA-Datei in den Einstellungen „Antwort &amp; TLS“ der Integration hinzu.</translation>
    </message>
    <message>
        <source>Check that the integration&apos;s URL uses a host name the certificate was issued for.</source>
        <translation>Prüfen Sie, ob die URL der Integration einen Hostnamen verwendet, für den das Zertifikat ausgestellt wurde.</translation>
    </message>
    <message>
        <source>The receiver has to renew its certificate (or this computer&apos;s clock is wrong).</source>
        <translation>Der Empfänger muss sein Zertifikat erneuern (oder die Uhr dieses Computers geht falsch).</translation>
    </message>
</context>
<context>
    <name>hookdesk::TokenDialog</name>
    <message>
        <source>Reset token of “%1”</source>
        <translation>Token von „%1“ zurücksetzen</translation>
    </message>
    <message>
        <source>Type the new token. From the next delivery on, %1 sends it instead of the old one; update the receiver at the same time.</source>
        <translation>Geben Sie das neue Token ein. Ab der nächsten Zustellung sendet %1 es statt des alten; aktualisieren Sie gleichzeitig den Empfänger.</translation>
    </message>
    <message>
        <source>Replace token</source>
        <translation>Token ersetzen</translation>
    </message>
</context>
<context>
    <name>hookdesk::TriggerDialog</name>
    <message>
        <source>Edit trigger</source>
        <translation>Auslöser bearbeiten</translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation>Auslöser hinzufügen</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>%1 — every type in this group</source>
        <translation>%1 — alle Typen dieser Gruppe</translation>
    </message>
    <message>
        <source>Search a type, or type a group such as Submissions &gt; *</source>
        <translation>Typ suchen oder eine Gruppe eingeben, etwa Submissions &gt; *</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Every event when empty. One pattern per line, e.g.
urn:allthings:app:APP_ID:*
urn:allthings:app:APP_ID:ticket:CATEGORY_ID:*</source>
        <translation>Alle Ereignisse, wenn leer. Ein Muster pro Zeile, z. B.
urn:allthings:app:APP_ID:*
urn:allthings:app:APP_ID:ticket:CATEGORY_ID:*</translation>
    </message>
    <message>
        <source>/hooks/orders (optional)</source>
        <translation>/hooks/orders (optional)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Integration:</translation>
    </message>
    <message>
        <source>&amp;Event types:</source>
        <translation>&amp;Ereignistypen:</translation>
    </message>
    <message>
        <source>&amp;URN scope:</source>
        <translation>&amp;URN-Bereich:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Sends to:</source>
        <translation>Sendet an:</translation>
    </message>
    <message>
        <source>Check that the URL answers before saving (sends a signed ping)</source>
        <translation>Vor dem Speichern prüfen, ob die URL antwortet (sendet einen signierten Ping)</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>There is no integration yet. Add one on the Integrations page first.</source>
        <translation>Es gibt noch keine Integration. Legen Sie zuerst auf der Seite „Integrationen“ eine an.</translation>
    </message>
    <message>
        <source>Every event type in this group of the catalogue</source>
        <translation>Alle Ereignistypen dieser Gruppe des Katalogs</translation>
    </message>
    <message>
        <source>Choose an event type or a group first.</source>
        <translation>Wählen Sie zuerst einen Ereignistyp oder eine Gruppe.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Add at least one event type or group this trigger sends.</source>
        <translation>Fügen Sie mindestens einen Ereignistyp oder eine Gruppe hinzu, die dieser Auslöser sendet.</translation>
    </message>
    <message>
        <source>Correct the URN scope before saving. %1</source>
        <translation>Korrigieren Sie vor dem Speichern den URN-Bereich. %1</translation>
    </message>
    <message>
        <source>Choose the integration this trigger sends to.</source>
        <translation>Wählen Sie die Integration, an die dieser Auslöser sendet.</translation>
    </message>
    <message>
        <source>Checking that %1 answers…</source>
        <translation>Es wird geprüft, ob %1 antwortet…</translation>
    </message>
    <message>
        <source>%1 Nothing was saved. Check the URL and the receiver, or save anyway.</source>
        <translation>%1 Es wurde nichts gespeichert. Prüfen Sie die URL und den Empfänger oder speichern Sie trotzdem.</translation>
    </message>
</context>
<context>
    <name>hookdesk::TriggerMatcher</name>
    <message>
        <source>An event type entry is empty; choose a type or a group such as “Submissions &gt; *”.</source>
        <translation>Ein Eintrag für einen Ereignistyp ist leer; wählen Sie einen Typ oder eine Gruppe wie „Submissions &gt; *“.</translation>
    </message>
    <message>
        <source>The group “%1” has an empty level; write it like “Submissions &gt; *”.</source>
        <translation>Die Gruppe „%1“ hat eine leere Ebene; schreiben Sie sie wie „Submissions &gt; *“.</translation>
    </message>
    <message>
        <source>In the group “%1”, * may only stand at the end, as “… &gt; *”.</source>
        <translation>In der Gruppe „%1“ darf * nur am Ende stehen, als „… &gt; *“.</translation>
    </message>
    <message>
        <source>“%1” is neither an event type nor a group wildcard; a group is written like “Submissions &gt; *”.</source>
        <translation>„%1“ ist weder ein Ereignistyp noch ein Gruppen-Platzhalter; eine Gruppe schreibt man wie „Submissions &gt; *“.</translation>
    </message>
    <message>
        <source>The event type “%1” contains a space; event types have none.</source>
        <translation>Der Ereignistyp „%1“ enthält ein Leerzeichen; Ereignistypen haben keine.</translation>
    </message>
    <message>
        <source>No event type of the catalogue is in the group “%1”. Check the spelling of the group path, as the catalogue shows it.</source>
        <translation>Kein Ereignistyp des Katalogs liegt in der Gruppe „%1“. Prüfen Sie die Schreibweise des Gruppenpfads, so wie der Katalog ihn anzeigt.</translation>
    </message>
    <message>
        <source>“%1” is not an event type of the catalogue. `hookdesk catalogue list` shows the known types.</source>
        <translation>„%1“ ist kein Ereignistyp des Katalogs. `hookdesk catalogue list` zeigt die bekannten Typen.</translation>
    </message>
</context>
<context>
    <name>hookdesk::TriggerModel</name>
    <message>
        <source>Every URN</source>
        <translation>Jede URN</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Integration disabled</source>
        <translation>Integration deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>No URN patterns: every event of these types is sent.</source>
        <translation>Keine URN-Muster: Jedes Ereignis dieser Typen wird gesendet.</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>URN scope</source>
        <translation>URN-Bereich</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hookdesk::TriggerStore</name>
    <message>
        <source>Could not read the triggers</source>
        <translation>Die Auslöser konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the trigger</source>
        <translation>Der Auslöser konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Choose the event type this trigger sends.</source>
        <translation>Wählen Sie den Ereignistyp, den dieser Auslöser sendet.</translation>
    </message>
    <message>
        <source>The path “%1” contains spaces; use %20 or remove them.</source>
        <translation>Der Pfad „%1“ enthält Leerzeichen; verwenden Sie %20 oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Could not check the integration</source>
        <translation>Die Integration konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Choose the integration this trigger sends to.</source>
        <translation>Wählen Sie die Integration, an die dieser Auslöser sendet.</translation>
    </message>
    <message>
        <source>Could not start a transaction to save the trigger.</source>
        <translation>Es konnte keine Transaktion zum Speichern des Auslösers gestartet werden.</translation>
    </message>
    <message>
        <source>Could not save the trigger</source>
        <translation>Der Auslöser konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>This trigger no longer exists.</source>
        <translation>Dieser Auslöser existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not save the trigger&apos;s event types</source>
        <translation>Die Ereignistypen des Auslösers konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save the trigger&apos;s URN patterns</source>
        <translation>Die URN-Muster des Auslösers konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not delete the trigger</source>
        <translation>Der Auslöser konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not save the trigger: %1</source>
        <translation>Der Auslöser konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>hookdesk::TriggerTester</name>
    <message>
        <source>Which triggers would fire?</source>
        <translation>Welche Auslöser würden greifen?</translation>
    </message>
    <message>
        <source>The event&apos;s URN, e.g. urn:allthings:app:APP_ID:ticket:CATEGORY_ID:TICKET_ID (optional)</source>
        <translation>Die URN des Ereignisses, z. B. urn:allthings:app:APP_ID:ticket:CATEGORY_ID:TICKET_ID (optional)</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Would it send?</source>
        <translation>Würde er senden?</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>Ereignis&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;URN:</source>
        <translation>&amp;URN:</translation>
    </message>
    <message>
        <source>Pick an event type to see which triggers it would fire.</source>
        <translation>Wählen Sie einen Ereignistyp, um zu sehen, welche Auslöser er auslösen würde.</translation>
    </message>
    <message>
        <source>No: the trigger is disabled</source>
        <translation>Nein: Der Auslöser ist deaktiviert</translation>
    </message>
    <message>
        <source>No: the integration is disabled</source>
        <translation>Nein: Die Integration ist deaktiviert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes, in the job of trigger #%1 (same URL)</source>
        <translation>Ja, im Auftrag von Auslöser #%1 (gleiche URL)</translation>
    </message>
    <message>
        <source>No trigger matches: nothing would be sent.</source>
        <translation>Kein Auslöser passt: Es würde nichts gesendet.</translation>
    </message>
    <message>
        <source>1 trigger matches</source>
        <translation>1 Auslöser passt</translation>
    </message>
    <message>
        <source>%1 triggers match</source>
        <translation>%1 Auslöser passen</translation>
    </message>
    <message>
        <source>no job would be created.</source>
        <translation>es würde kein Auftrag angelegt.</translation>
    </message>
    <message>
        <source>1 job would be created.</source>
        <translation>1 Auftrag würde angelegt.</translation>
    </message>
    <message>
        <source>%1 jobs would be created.</source>
        <translation>%1 Aufträge würden angelegt.</translation>
    </message>
</context>
<context>
    <name>hookdesk::TriggersPage</name>
    <message>
        <source>Webhook triggers</source>
        <translation>Webhook-Auslöser</translation>
    </message>
    <message>
        <source>Which event types are sent to which integration, at which path below its base URL, and for which resource URNs.</source>
        <translation>Welche Ereignistypen an welche Integration gesendet werden, unter welchem Pfad unterhalb ihrer Basis-URL und für welche Ressourcen-URNs.</translation>
    </message>
    <message>
        <source>Add trigger…</source>
        <translation>Auslöser hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Send test event…</source>
        <translation>Testereignis senden…</translation>
    </message>
    <message>
        <source>Raise an event this trigger subscribes to, with an example payload you can edit.</source>
        <translation>Ein Ereignis auslösen, das dieser Auslöser abonniert, mit Beispiel-Nutzdaten, die Sie bearbeiten können.</translation>
    </message>
    <message>
        <source>No triggers yet. Click “Add trigger…” to send an event type to an integration.</source>
        <translation>Noch keine Auslöser. Klicken Sie auf „Auslöser hinzufügen…“, um einen Ereignistyp an eine Integration zu senden.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation>Auslöser löschen</translation>
    </message>
    <message>
        <source>Stop sending %1 to %2 and delete this trigger?</source>
        <translation>Das Senden von %1 an %2 beenden und diesen Auslöser löschen?</translation>
    </message>
    <message>
        <source>No event type of the catalogue matches this trigger, so there is nothing to send.</source>
        <translation>Kein Ereignistyp des Katalogs passt zu diesem Auslöser, daher gibt es nichts zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>Test event %1%2 raised: %n delivery job(s) queued.</source>
        <translation>
            <numerusform>Testereignis %1%2 ausgelöst: %n Zustellauftrag in die Warteschlange gestellt.</numerusform>
            <numerusform>Testereignis %1%2 ausgelöst: %n Zustellaufträge in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
</context>
<context>
    <name>hookdesk::UrlVerifier</name>
    <message>
        <source>The ping to %1 got no answer: %2. Check the URL and that the receiver is running.</source>
        <translation>Der Ping an %1 hat keine Antwort erhalten: %2. Prüfen Sie die URL und ob der Empfänger läuft.</translation>
    </message>
    <message>
        <source>The URL answered the ping with HTTP %1 in %2 ms.</source>
        <translation>Die URL hat den Ping in %2 ms mit HTTP %1 beantwortet.</translation>
    </message>
    <message>
        <source>The URL answered the ping with HTTP %1; a receiver that is ready answers with a status from 200 to 299.</source>
        <translation>Die URL hat den Ping mit HTTP %1 beantwortet; ein bereiter Empfänger antwortet mit einem Status von 200 bis 299.</translation>
    </message>
    <message>
        <source>The URL answered the ping with HTTP %1 (“%2”); a receiver that is ready answers with a status from 200 to 299.</source>
        <translation>Die URL hat den Ping mit HTTP %1 („%2“) beantwortet; ein bereiter Empfänger antwortet mit einem Status von 200 bis 299.</translation>
    </message>
</context>
<context>
    <name>hookdesk::UrnPattern</name>
    <message>
        <source>The URN pattern is empty; write one such as urn:allthings:app:APP_ID:*.</source>
        <translation>Das URN-Muster ist leer; schreiben Sie eines wie urn:allthings:app:APP_ID:*.</translation>
    </message>
    <message>
        <source>The URN is empty.</source>
        <translation>Die URN ist leer.</translation>
    </message>
    <message>
        <source>The URN pattern “%1” must start with “urn:”, e.g. urn:allthings:app:APP_ID:*.</source>
        <translation>Das URN-Muster „%1“ muss mit „urn:“ beginnen, z. B. urn:allthings:app:APP_ID:*.</translation>
    </message>
    <message>
        <source>The URN “%1” must start with “urn:”, e.g. urn:allthings:app:APP_ID:user:USER_ID.</source>
        <translation>Die URN „%1“ muss mit „urn:“ beginnen, z. B. urn:allthings:app:APP_ID:user:USER_ID.</translation>
    </message>
    <message>
        <source>The URN pattern “%1” contains a space; URNs have none.</source>
        <translation>Das URN-Muster „%1“ enthält ein Leerzeichen; URNs haben keine.</translation>
    </message>
    <message>
        <source>The URN “%1” contains a space; URNs have none.</source>
        <translation>Die URN „%1“ enthält ein Leerzeichen; URNs haben keine.</translation>
    </message>
    <message>
        <source>The URN pattern “%1” has an empty segment (segment %2); remove the doubled or trailing colon.</source>
        <translation>Das URN-Muster „%1“ hat ein leeres Segment (Segment %2); entfernen Sie den doppelten oder abschließenden Doppelpunkt.</translation>
    </message>
    <message>
        <source>The URN “%1” has an empty segment (segment %2); remove the doubled or trailing colon.</source>
        <translation>Die URN „%1“ hat ein leeres Segment (Segment %2); entfernen Sie den doppelten oder abschließenden Doppelpunkt.</translation>
    </message>
    <message>
        <source>The URN “%1” contains *; wildcards belong in a trigger&apos;s URN patterns, not in the URN of an event.</source>
        <translation>Die URN „%1“ enthält *; Platzhalter gehören in die URN-Muster eines Auslösers, nicht in die URN eines Ereignisses.</translation>
    </message>
    <message>
        <source>In the URN pattern “%1”, “%2” mixes * with other characters; * must stand alone between colons and matches one whole segment.</source>
        <translation>Im URN-Muster „%1“ mischt „%2“ * mit anderen Zeichen; * muss allein zwischen Doppelpunkten stehen und passt auf genau ein ganzes Segment.</translation>
    </message>
</context>
</TS>
