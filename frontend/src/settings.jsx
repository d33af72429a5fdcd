// The settings view: the account's SYSPRO connections. No connection yet: a guided first run
// (admins). Otherwise the list; one opens in the editor. Members see everything read-only
// (the server refuses their changes anyway, 403).
import { useEffect, useState } from "react";
import { AttentionBox, Heading, Loader } from "@vibe/core";
import { api } from "./common/api.js";
import { mount } from "./common/mount.jsx";
import { PageError } from "./common/PageError.jsx";
import { ConnectionList } from "./settings/ConnectionList.jsx";
import { Editor } from "./settings/Editor.jsx";
import { Wizard } from "./settings/Wizard.jsx";
import "./settings/settings.css";

const CAN_EDIT = document.body.dataset.canEdit === "true";

function MondayConnection({ state }) {
  if (!state || state.state === "ok") return null;
  return <AttentionBox type="warning" title="monday connection" text={state.message}
                       id="monday-connection" />;
}

function Body({ ctx, schema, connections, setConnections }) {
  const [mode, setMode] = useState({ view: "list" });
  const open = (id) => setMode({ view: "edit", id });
  const reload = async (then) => {
    const fresh = await api("GET", "/api/connections");
    setConnections(fresh.connections);
    then?.();
  };
  if (!connections.length && !CAN_EDIT) {
    return <AttentionBox type="primary" title="No SYSPRO connection yet" id="no-connection"
                         text="An admin of this monday account can connect the SYSPRO server here." />;
  }
  if (!connections.length || mode.view === "add") {
    return <Wizard schema={schema} onCancel={connections.length ? () => setMode({ view: "list" })
      : null} onFinished={(id) => reload(() => open(id))} />;
  }
  const current = mode.view === "edit" && connections.find((c) => c.id === mode.id);
  if (current) {
    return <Editor key={current.id} schema={schema} connection={current} canEdit={CAN_EDIT}
                   onBack={() => setMode({ view: "list" })}
                   onSaved={(saved) => setConnections(
                     connections.map((c) => (c.id === saved.id ? saved : c)))} />;
  }
  return <ConnectionList schema={schema} connections={connections} canEdit={CAN_EDIT} timeZone={ctx.timeZone}
                         onOpen={open} onAdd={() => setMode({ view: "add" })}
                         onChanged={setConnections} />;
}

function SettingsView({ ctx }) {
  const [loaded, setLoaded] = useState(null);
  const [failure, setFailure] = useState("");

  useEffect(() => {
    Promise.all([api("GET", "/api/connection-schema"), api("GET", "/api/connections")])
      .then(([schema, list]) => setLoaded({ schema, list }), (error) => setFailure(error.message));
  }, []);

  if (failure) return <PageError title="The settings cannot be shown" message={failure} />;
  if (!loaded) return <main className="page"><Loader size={32} /></main>;
  const setConnections = (connections) => setLoaded((l) => ({
    ...l, list: { ...l.list, connections } }));
  return (
    <main className="page settings" data-ready="true">
      <Heading type="h1">ml-connector settings</Heading>
      <MondayConnection state={loaded.list.monday_connection} />
      <Body ctx={ctx} schema={loaded.schema} connections={loaded.list.connections}
            setConnections={setConnections} />
    </main>
  );
}

mount(SettingsView);
