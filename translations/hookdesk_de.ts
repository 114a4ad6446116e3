<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Hookdesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thyngs-style platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinetic-style platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allthings-style platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::AsyncJobStore</name>
    <message>
        <source>The database connection for claiming jobs is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection for attempt records is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::AutoDisable</name>
    <message>
        <source>Deliveries failed without a success for %1 (from %2 to %3, %4 failures in a row), so Hookdesk disabled the integration. Its waiting jobs are kept: fix the receiver, then enable the integration to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::BodyView</name>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the body, exactly as it was sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form-encoded: the tree shows the decoded fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not text: %n byte(s) shown as hex.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::Catalogue</name>
    <message>
        <source>event %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No built-in event catalogues are included in this build of Hookdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the built-in catalogue “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the catalogue file “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file “%1” is larger than %2 MB, which no event catalogue needs. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the event catalogue “%1”: %2 Nothing from this file was added; correct it and load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must contain one JSON object with “format”, “version”, “platform” and “events”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Hookdesk event catalogue: “format” must be “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“version” must be a whole number; this version of Hookdesk reads version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is catalogue version %1, made for a newer Hookdesk; this version reads version %2. Update Hookdesk to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“platform” must name the platform the events come from, e.g. “thyngs”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“events” must be a list of events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no “%2”; every event needs a non-empty “%2” text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, “%2” must be a non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, “type” contains a space; use a key such as “platform.item.action”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats the type of event %2; every type must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses a type that the catalogue “%2” already defines; give it a different type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, “description” must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, “group” must be a list of texts, e.g. [&quot;Submissions&quot;, &quot;[kapp-slug]&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, every entry of “group” must be a non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, “schema” must be a JSON Schema object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no “example”; every event needs an example payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, “deprecated” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, “validation” must be “off”, “warn” or “reject”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, “platform” must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom event type “%1” is left out because the catalogue “%2” already defines it; rename or delete the custom type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom event types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::CatalogueModel</name>
    <message>
        <source>Deprecated. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item-Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event-Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::CataloguePage</name>
    <message>
        <source>Events catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event type Hookdesk can send, by group. Item-Name and Event-Name are sent as headers with each webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by type, title, description or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event type of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a custom event type from the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event types from a Hookdesk catalogue file or the webhooks of an OpenAPI 3.1 document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the example payload and raise this event with it; every enabled trigger for it delivers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trigger for this event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event type to see what it carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in event types are read-only; copy one to make your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected custom event type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated types stay for existing triggers and are greyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no schema: any payload is accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example payload does not match the schema: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 event type(s): %2 new, %3 replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was stored, but no enabled trigger sends %1 anywhere, so nothing was sent. &lt;a href=&apos;trigger&apos;&gt;Add a trigger&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Test event raised: %n delivery job(s) queued. &lt;a href=&apos;queue&apos;&gt;Show in the queue&lt;/a&gt;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::CatalogueTransfer</name>
    <message>
        <source>Could not open “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, which no event catalogue needs. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import “%1”: %2. Nothing was imported; correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a built-in event type, which cannot be replaced; give it another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event type of this Hookdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom event types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::CircuitBreaker</name>
    <message>
        <source>Failing: 1 failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing: %1 failures in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1 after %2 failures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::CommandLine</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Run hookdesk --help for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json, form or cloudevents, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --ordered or --unordered, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --enabled or --disabled, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be token, bearer, basic:USER or header:NAME, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--http must be 1.1 or 2, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one integration: hookdesk integration %1 NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no integration named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old secret of “%1” also signs every delivery until %2; give the receiver the new secret before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old secret of “%1” no longer signs; the receiver needs the new secret now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens never go in arguments, where other users of this computer can see them: pipe the token into --token-stdin instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token on standard input with --token-stdin (tokens never go in arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration “%1” added (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration “%1” deleted, with its triggers and keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new token on standard input with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of “%1” was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown integration command “%1”. Use add, edit, list, secret, rotate-secret, reset-token or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger %1 added: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only URNs matching %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTEGRATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one trigger by its id: hookdesk trigger delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trigger with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown trigger command “%1”. Use add, list or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one file to import: hookdesk catalogue import FILE (a Hookdesk catalogue or an OpenAPI 3.1 document with webhooks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 event type(s): %2 new, %3 replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown catalogue command “%1”. Use list, import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM-NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENT-NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the payload file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload in %1 is empty; it must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id needs a key, e.g. --id order-1234-paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” was already used by event %2: nothing new was created. Its jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 stored, but no enabled trigger matches %2: nothing will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 stored, but no enabled trigger matches %2 at %3: nothing will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which jobs to resend with --status failed, exhausted or succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be failed, exhausted or succeeded (only finished jobs can be resent), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no integration named “%1”; nothing was resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 time such as 2024-03-04T09:00:00Z, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) match; nothing was resent (dry run).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 of %3 jobs were queued before the failure and stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) for resending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--status must be pending, sending, succeeded, failed or exhausted, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number of jobs, 1 or more, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one job: hookdesk queue show JOB_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Event:       %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Integration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  URL:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Triggers:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Status:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Next try:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Payload:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Attempt %1 (%2) at %3, %4 ms: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either job ids or a filter (--status …), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the jobs to resend: hookdesk queue resend JOB_ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1; nothing was resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is still %2; nothing was resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown queue command “%1”. Use list, show or resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one ingest key: hookdesk ingest-key %1 NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest key “%1” created. It is shown only now; give it to the program that posts events, as “Authorization: Bearer &lt;key&gt;”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest key “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ingest-key command “%1”. Use create, list or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until-idle and --ingest do not go together: a server that accepts events is never idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ingest-max-bytes must be a number of bytes, 1 or more, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting events at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ingest-max-bytes and --ingest-allow-remote need --ingest ADDRESS:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOOKDESK_LEASE_MS must be a number of milliseconds, 1 or more, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering from %1. Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --database needs a file path or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run hookdesk --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number of %2, 0 or more (up to ten years), not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run-number must be json:POINTER (e.g. json:/run/number), header:NAME (e.g. header:X-Run-Number) or empty to read none, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ: removed on the left, added on the right.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::Database</name>
    <message>
        <source>The PostgreSQL address “%1” is not valid. Use postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the schema version table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer Hookdesk (schema %1; this version knows up to %2). Update Hookdesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1:%2: %3. Check that the server is running and accepts connections there, and that the user and database in the address exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock the database for its upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::DeliveryJob</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::DeliveryPolicySettings</name>
    <message>
        <source>Deliver one at a time, in event order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each job waits until the one before it succeeded or ran out of attempts: one request at a time, and a job waiting for its retry holds back all later ones. Only for receivers that need the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable after &amp;failing for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a single success for that long, the integration is disabled; its jobs wait until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::Dispatcher</name>
    <message>
        <source>The receiver at %1 began to answer (HTTP %2) but had not finished after %3 seconds, so the delivery was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver at %1 did not answer within %2 seconds. This integration speaks HTTP/2 over plain http, which a receiver that only knows HTTP/1.1 cannot read: set its HTTP version to HTTP/1.1 unless the receiver is known to speak HTTP/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver at %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver at %1 answered %2, but the connection broke before the whole answer arrived (%3), so the delivery is not counted as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver answered %1 %2, a redirect, which Hookdesk does not follow%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it points to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver answered %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver at %1 closed its HTTP/2 connection again and again before it took this request (%2), so it was never delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver at %1 did not answer in HTTP/2 (%2). This integration speaks HTTP/2 over plain http, which only receivers built for it understand: set its HTTP version to HTTP/1.1 unless the receiver is known to speak HTTP/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver at %1 refused the connection: nothing is listening there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name “%1” could not be found. Check the integration&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver at %1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of “%1” could not be read from the keychain. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret of “%1” could not be read from the keychain. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery failed for an unknown reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retry schedule of “%1” cannot be read, so the default one is used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver answered 410 Gone on %1 (job %2): it no longer accepts these deliveries. Enable the integration again once it does; its waiting jobs are kept and will be sent then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookdesk disabled “%1” and will not try this job again; resend it when the receiver accepts deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The results of %n job(s) could not be saved: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::EventService</name>
    <message>
        <source>The payload is empty; it must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is %1 KiB; the largest accepted is %2 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not valid JSON at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload must be a JSON object or array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload does not match the schema of “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an event type of the catalogue. `hookdesk catalogue list` shows the known types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was raised; correct the payload and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::EventStore</name>
    <message>
        <source>Could not start a transaction to store the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a delivery job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the triggers of a delivery job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the event: the database refused to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the event key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the jobs of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not index the events for search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::EventTypeDialog</name>
    <message>
        <source>Add event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme.order.created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Orders &gt; [shop-slug]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: payloads are not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn: send, and report a mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject: refuse payloads that do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated (kept for existing triggers, greyed in the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item-Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event-Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload schema (JSON Schema draft-07):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a type key without spaces, such as “acme.order.created”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue already has an event type “%1”; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title, an Item-Name and an Event-Name; they are sent with every webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::EventTypeStore</name>
    <message>
        <source>Could not read the custom event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start saving the event types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the event type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the event types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the event type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::HeaderRules</name>
    <message>
        <source>Enter the user name the receiver expects with Basic authorisation; the token is sent as its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must not contain a colon (:): Basic authorisation uses it to separate the user name from the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name contains a line break; type it again without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom header has no name. Enter a name, for example X-Tenant, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid header name: use letters, digits and - only, without spaces or a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the header %1 contains a line break. Header values must be one line, otherwise they could smuggle further headers into the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header %1 already carries the integration&apos;s token; remove it from the custom headers or choose another authorisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header %1 is set by Hookdesk itself on every request (it describes the body, the event or its signature); remove it from the custom headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header %1 is listed twice; keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a header as “Name: value”, for example --header &apos;X-Tenant: acme&apos;, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::IngestKeyService</name>
    <message>
        <source>Give the ingest key a name, such as the program that will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key name “%1” may only contain letters, digits, dots, dashes and underscores (at most 64, starting with a letter or digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an ingest key named “%1”. Choose another name, or delete the old key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ingest key was not created because the keychain refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ingest key named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ingest key “%1” no longer works, but the keychain could not forget it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::IngestKeyStore</name>
    <message>
        <source>Could not read the ingest keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the ingest key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the ingest key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the ingest key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::IngestServer</name>
    <message>
        <source>The request body is larger than this server accepts (%1 bytes). Send smaller events, or start the server with a larger --ingest-max-bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ingest API listens only on this computer (127.0.0.1 or ::1) unless you allow other computers explicitly; %1 is not a loopback address. Use --ingest-allow-remote if you really want that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not host the ingest API on %1:%2 because another program already uses that port. Choose another port or stop the other program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not host the ingest API on %1:%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address to listen on. Write it as 127.0.0.1:PORT, with a port between 0 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Write the address to listen on as 127.0.0.1:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at %1. Post events to /v1/events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only POST is accepted at /v1/events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an ingest key as “Authorization: Bearer &lt;key&gt;”. Create one with hookdesk ingest-key create NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ingest key is not valid: it was mistyped or has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be a JSON object with type and payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the event type in “type”, e.g. &quot;type&quot;: &quot;ticket.created&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an event type of the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“id” must be a text of 1 to 200 characters that identifies this event, so that sending it again creates nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“urn” must be a text such as urn:allthings:app:42.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no “payload”; send the event&apos;s data as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“payload” must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationDialog</name>
    <message>
        <source>Edit integration “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Billing service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer &lt;token&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Token &lt;token&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Basic (user name + token as password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. X-Api-Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name the receiver expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token the receiver expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: deliver webhooks to this integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token and a new signing secret are kept in the system keychain, never in the database. Webhooks are signed with the Standard Webhooks scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Webhooks: 5s, 5m, 30m, 2h, 5h, 10h, 14h, 20h, 24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y waits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the URL answers before saving (sends a signed ping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;&amp; TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was saved. Check the URL and the receiver, or save anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationModel</name>
    <message>
        <source>Old secret signs until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Token …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Basic (%1) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a secret rotation every delivery carries two signatures, with the new and the old secret, until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationRequestTab</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form (payload=&lt;JSON&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudEvents 1.0 (binary mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom headers: requests carry only the headers Hookdesk sets. Use Add header for one the receiver expects, for example X-Tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom headers, sent with every request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver gets the event&apos;s JSON as the body (application/json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver gets a form (application/x-www-form-urlencoded) whose payload field holds the JSON, as GitHub sends it; the signature covers the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver gets the JSON as the body and the event&apos;s id, type, source and time in ce-* headers (CloudEvents 1.0 binary mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood by every receiver. Hookdesk opens a connection for each request in flight, up to the integration&apos;s concurrency limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request to the receiver shares one connection, which costs less CPU per delivery. A receiver that reads the whole request before it answers may add about 40 ms to each one (delayed TCP acknowledgements), so give the integration enough requests in flight for the rate it needs. Over https the receiver may still choose HTTP/1.1. Over plain http, HTTP/2 is spoken from the first byte: choose it only for a receiver known to speak HTTP/2 without TLS (h2c), or every delivery fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationResponseTab</name>
    <message>
        <source>Not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON pointer in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver&apos;s own reference for a delivery (e.g. “001”), shown in the queue so you can quote it to the receiver&apos;s people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS receivers are trusted when a certificate authority of this computer vouches for them. For a receiver with its own CA, choose that CA&apos;s PEM file: it is trusted in addition, for this integration only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. X-Run-Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /run/number or /results/0/id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/run/number reads “001” from {&quot;run&quot;: {&quot;number&quot;: &quot;001&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s value; the case of its name does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 certificate found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receiver&apos;s CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationService</name>
    <message>
        <source>Give the integration a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: use at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the header that carries the token, for example X-Api-Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid header name: use letters, digits and - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header %1 is set by Hookdesk itself; choose another name for the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token the receiver expects in its Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains a line break; paste it again without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is too long: use at most 4096 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integration named “%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was not saved: the token could not be stored in the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was not saved: the signing secret could not be stored in the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the new token could not be stored in the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not changed: the keychain refused it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was not deleted: its token could not be removed from the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was not deleted: its signing secret could not be removed from the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old signing secret of “%1” could not be removed from the keychain; Hookdesk will try again later. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationStore</name>
    <message>
        <source>Could not read the integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the integration name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integration named “%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the integration&apos;s triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not disable the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the health of the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record that the old signing secret is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the new signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations for webhooks: a base URL, the token sent in the Authorization header, and a signing secret. Tokens and secrets stay in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integrations yet. Click “Add integration…” and enter the receiver&apos;s URL and token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration saved. Its token and signing secret are in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of “%1” was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” signs with a new secret; the old one signs beside it until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” signs with a new secret only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is enabled: pending webhooks will be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is disabled: its webhooks wait in the queue until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”, its triggers, and its token and signing secret in the keychain? Past deliveries stay in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::JobExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::JobInspector</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again. Secrets stay redacted as stored: put the token and a fresh signature in before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token and the signature instead of ••••••••. They are read from the keychain now: if the token or secret changed since, the values differ from what was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two attempts to see what changed between them, side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its request and response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; — %3&lt;br&gt;URL: %4&lt;br&gt;webhook-id: &lt;code&gt;%5&lt;/code&gt; · created %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted integration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Next retry: %1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;No more retries: every attempt of the schedule failed. Resend to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched triggers %1: one job, because they send to the same URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched trigger %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms%3%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (body truncated to 64 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — run number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated: only the first 64 KiB were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration of this job was deleted: there is nothing to reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the current token and a signature made with the current secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::JobPresentation</name>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 failed; Hookdesk tries again at this time. Resend to try now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attempt of the retry schedule failed. Resend to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver&apos;s run number for this delivery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::JobQuery</name>
    <message>
        <source>Could not read the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the new jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not index the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the jobs to resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction to resend the jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the jobs to resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the jobs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the jobs again: the database refused to commit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::JobStore</name>
    <message>
        <source>Could not read the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the triggers of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for due jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not claim a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not claim jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not claim the next job in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the claimed jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not give back claimed jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction to record the attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the attempts: the database refused to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction to resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the job again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the jobs again: the database refused to commit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::JsonErrorLocator</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the JSON is complete (a closing “}” or “]” may be missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is expected here (text in double quotes, a number, true, false, null, an object or a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a property name in double quotes is expected here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma stands before a closing bracket; remove the extra comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colon “:” is expected after the property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma “,” or a closing “}” is expected here; a comma is probably missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma “,” or a closing “]” is expected here; a comma is probably missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text in double quotes that starts here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this backslash escape is not allowed in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break or other control character stands inside text in double quotes (a closing quote may be missing; write a line break inside text as \n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this number is not written the way JSON requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more text follows the end of the JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects and lists are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::KeychainSecretStore</name>
    <message>
        <source>The system keychain has no secret under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not delete the secret stored under “%1”. Unlock your keyring, check that Hookdesk may change its entries, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused when it asked for permission. Allow Hookdesk to use your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access to the secret “%1”. Unlock your keyring (for example with your login password) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: no Secret Service (such as GNOME Keyring or KWallet) answers on the session bus. Start or unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no keychain that Hookdesk can use, and Hookdesk never stores secrets in plain text. Install GNOME Keyring or KWallet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed for an unknown reason. Try again, and check your keyring if it keeps failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::LazyQueueModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::MainWindow</name>
    <message>
        <source>Hookdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest API off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest API at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering: 1 request in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering: %1 requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery running, queue idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::OpenApiImporter</name>
    <message>
        <source>the reference “%1” points into another document; only references inside this file (#/components/…) can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference “%1” names nothing in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference “%1” is not to #/components/schemas/…; only references to schemas of this document can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema refers to “%1%2”, which the document does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is OpenAPI “%1”; webhooks can be imported from OpenAPI 3.1 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no “webhooks” section, or it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook has no “post” operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request body has no “application/json” content, which is what webhooks send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::QueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every webhook delivery, sent and failed. Filter to find what failed, select one to see exactly what was sent and what came back; resend what failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected jobs again, with the same webhook-id, as a new attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two jobs to see their last attempts side by side, differences highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected jobs with their attempts as JSON or CSV. Tokens and secrets are never in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend all matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every finished job that matches the filter again, in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 job(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend %1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend to a disabled integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled, so its jobs will wait in the queue until it is enabled again. Queue them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued to be sent again with the same webhook-id.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the jobs to resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished job matches the filter; nothing to resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 job(s) (%2) again, each as a new attempt with its own webhook-id unchanged? Jobs still pending or being sent are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled: its jobs will wait in the queue until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend matching jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resending %1 job(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 job(s) had been queued before the failure; they stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1 job(s) were queued to be sent again; the others were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 job(s) queued to be sent again with the same webhook-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::RequestBuilder</name>
    <message>
        <source>Enter the URL to send webhooks to, for example https://example.com/hook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL contains characters that are not allowed in a web address. Check it for spaces or typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name. Write it like https://example.com/hook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password. Enter the token in the integration&apos;s token field instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::RetryPolicy</name>
    <message>
        <source>“%1” in the retry schedule is not a wait. Write waits such as 5s, 5m, 2h or 1d, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait “%1” in the retry schedule is longer than 30 days. Choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::RunNumber</name>
    <message>
        <source>The JSON pointer “%1” must start with “/”, for example /run/number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON pointer “%1” has a “~” that is not followed by 0 or 1; write “~0” for “~” and “~1” for “/” in a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the response header that holds the run number, for example X-Run-Number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a header name: use letters, digits and - only, for example X-Run-Number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::SchemaValidator</name>
    <message>
        <source>The schema must be a JSON object (a JSON Schema draft-07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema cannot be used: %1. Correct the schema (references to other files or web addresses are not followed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload does not match the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::SecretRotation</name>
    <message>
        <source>The signing secret was not changed: %1 The old secret is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret was not changed: the keychain refused the new secret. %1 The old secret is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret was not changed: the keychain could not keep the old secret for the overlap. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret was not changed: the current one could not be read from the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::SecretStore</name>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::SendTestDialog</name>
    <message>
        <source>Send test event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload of %1 (edit it before sending):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload matches the schema of the event type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type rejects such payloads; correct it to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can be sent anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host the ingest API while the window is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on, e.g. 127.0.0.1:8787. Only this computer can reach a loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs post events to POST /v1/events with “Authorization: Bearer &lt;ingest key&gt;”. Only programs on this computer can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. the program that will post events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ingest key yet: create one for each program that posts events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing keys: %1. Delete one with hookdesk ingest-key delete NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key “%1” created. Copy it now: Hookdesk keeps it in the keychain and does not show it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::SigningSecretDialog</name>
    <message>
        <source>Signing secret of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret receivers verify the webhook-signature header with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookdesk makes a new signing secret and signs every delivery with it from now on. So that the receiver keeps accepting deliveries while you give it the new secret, the old one can keep signing beside it for a while: each request then carries both signatures in its webhook-signature header, and a receiver holding either secret accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 hours: stop at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep signing with the &amp;old secret for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the new signing secret: copy it to the receiver&apos;s configuration. It stays available here under Signing secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rotate&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret could not be read from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new signing secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old secret keeps signing beside the new one until %1. After that only the new secret signs: the receiver must have it by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old secret no longer signs: deliveries from now on carry only the new signature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::TlsSettings</name>
    <message>
        <source>an unknown issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist. Choose the PEM file of the receiver&apos;s certificate authority in the integration&apos;s Response &amp; TLS settings, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate (a block starting with “-----BEGIN CERTIFICATE-----”). Choose the receiver&apos;s CA certificate in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its chain ends in a self-signed certificate authority that this computer does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was issued by a certificate authority this computer does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was issued by %1, a certificate authority this computer does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trusted certificate authority vouches for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was issued for another host name than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust this receiver, add its CA file in the integration&apos;s Response &amp; TLS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the integration&apos;s URL uses a host name the certificate was issued for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver has to renew its certificate (or this computer&apos;s clock is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::TokenDialog</name>
    <message>
        <source>Reset token of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new token. From the next delivery on, %1 sends it instead of the old one; update the receiver at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::TriggerDialog</name>
    <message>
        <source>Edit trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — every type in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a type, or type a group such as Submissions &gt; *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event when empty. One pattern per line, e.g.
urn:allthings:app:APP_ID:*
urn:allthings:app:APP_ID:ticket:CATEGORY_ID:*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/hooks/orders (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URN scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the URL answers before saving (sends a signed ping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no integration yet. Add one on the Integrations page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event type in this group of the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event type or a group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one event type or group this trigger sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the URN scope before saving. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the integration this trigger sends to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that %1 answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was saved. Check the URL and the receiver, or save anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::TriggerMatcher</name>
    <message>
        <source>An event type entry is empty; choose a type or a group such as “Submissions &gt; *”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group “%1” has an empty level; write it like “Submissions &gt; *”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the group “%1”, * may only stand at the end, as “… &gt; *”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither an event type nor a group wildcard; a group is written like “Submissions &gt; *”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type “%1” contains a space; event types have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event type of the catalogue is in the group “%1”. Check the spelling of the group path, as the catalogue shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an event type of the catalogue. `hookdesk catalogue list` shows the known types.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::TriggerModel</name>
    <message>
        <source>Every URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No URN patterns: every event of these types is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::TriggerStore</name>
    <message>
        <source>Could not read the triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the event type this trigger sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path “%1” contains spaces; use %20 or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the integration this trigger sends to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction to save the trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the trigger: the database refused to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trigger no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the trigger&apos;s event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the trigger&apos;s URN patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the trigger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::TriggerTester</name>
    <message>
        <source>Which triggers would fire?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s URN, e.g. urn:allthings:app:APP_ID:ticket:CATEGORY_ID:TICKET_ID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would it send?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an event type to see which triggers it would fire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the trigger is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the integration is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, in the job of trigger #%1 (same URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger matches: nothing would be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 trigger matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 triggers match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job would be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 job would be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs would be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::TriggersPage</name>
    <message>
        <source>Webhook triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which event types are sent to which integration, at which path below its base URL, and for which resource URNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trigger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise an event this trigger subscribes to, with an example payload you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No triggers yet. Click “Add trigger…” to send an event type to an integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending %1 to %2 and delete this trigger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event type of the catalogue matches this trigger, so there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Test event %1%2 raised: %n delivery job(s) queued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::UrlVerifier</name>
    <message>
        <source>The ping to %1 got no answer: %2. Check the URL and that the receiver is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL answered the ping with HTTP %1 in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL answered the ping with HTTP %1; a receiver that is ready answers with a status from 200 to 299.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL answered the ping with HTTP %1 (“%2”); a receiver that is ready answers with a status from 200 to 299.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::UrnPattern</name>
    <message>
        <source>The URN pattern is empty; write one such as urn:allthings:app:APP_ID:*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URN is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URN pattern “%1” must start with “urn:”, e.g. urn:allthings:app:APP_ID:*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URN “%1” must start with “urn:”, e.g. urn:allthings:app:APP_ID:user:USER_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URN pattern “%1” contains a space; URNs have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URN “%1” contains a space; URNs have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URN pattern “%1” has an empty segment (segment %2); remove the doubled or trailing colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URN “%1” has an empty segment (segment %2); remove the doubled or trailing colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URN “%1” contains *; wildcards belong in a trigger&apos;s URN patterns, not in the URN of an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the URN pattern “%1”, “%2” mixes * with other characters; * must stand alone between colons and matches one whole segment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
