// The account's connections: open one, add one, make one the default, remove one (refused
// while board syncs use it: the answer names them).
import { useState } from "react";
import {
  AttentionBox, Button, Heading, Label, Modal, ModalBasicLayout, ModalContent, ModalFooter,
  ModalHeader, Text,
} from "@vibe/core";
import { api } from "../common/api.js";
import { formatTime } from "../common/time.js";
import { summaryOf, titleOf } from "./values.js";

function lastTest(connection, timeZone) {
  if (!connection.last_tested_at) return "Not tested yet";
  const when = formatTime(connection.last_tested_at, timeZone);
  return connection.last_test_ok ? `Test passed ${when}` : `Test found problems ${when}`;
}

function Row({ schema, connection, canEdit, timeZone, onOpen, onDefault, onRemove }) {
  const title = titleOf(schema, connection);
  return (
    <li className="connection" data-connection={connection.id}>
      <div className="connection-main">
        <span className="connection-name">{title}</span>
        {connection.is_default && <Label text="Default" kind="line" className="default-label" />}
        <span className="connection-where">{summaryOf(schema, connection)}</span>
        <span className="connection-test">{lastTest(connection, timeZone)}</span>
      </div>
      <div className="connection-actions">
        <Button kind="secondary" size="small" onClick={onOpen}
                ariaLabel={`${canEdit ? "Edit" : "View"} ${title}`}>
          {canEdit ? "Edit" : "View"}
        </Button>
        {canEdit && !connection.is_default && (
          <Button kind="tertiary" size="small" onClick={onDefault}
                  ariaLabel={`Make ${title} the default`}>Make default</Button>
        )}
        {canEdit && (
          <Button kind="tertiary" size="small" color="negative" onClick={onRemove}
                  ariaLabel={`Remove ${title}`}>Remove…</Button>
        )}
      </div>
    </li>
  );
}

export function ConnectionList({ schema, connections, canEdit, timeZone, onOpen, onAdd,
                                 onChanged }) {
  const [removing, setRemoving] = useState(null);
  const [problem, setProblem] = useState("");
  const [note, setNote] = useState("");

  async function act(promise, done) {
    setProblem("");
    try {
      const answer = await promise;
      onChanged(answer.connections);
      setNote(done);
    } catch (error) {
      setProblem(error.message);
    }
  }
  const remove = () => {
    const target = removing;
    setRemoving(null);
    act(api("DELETE", `/api/connections/${target.id}`),
        `Connection ${titleOf(schema, target)} removed.`);
  };
  return (
    <section className="connections" aria-labelledby="list-heading">
      <div className="list-head">
        <Heading type="h2" id="list-heading">SYSPRO connections</Heading>
        {canEdit && <Button id="add-connection" onClick={onAdd}>Add connection</Button>}
      </div>
      <Text type="text2" element="p" className="hint">
        Automations use the default connection unless they name another.
      </Text>
      {problem && <AttentionBox type="negative" title="Not removed" text={problem}
                                id="list-problem" />}
      <ul className="connection-list" id="connection-list">
        {connections.map((c) => (
          <Row key={c.id} schema={schema} connection={c} canEdit={canEdit} timeZone={timeZone}
               onOpen={() => onOpen(c.id)} onRemove={() => setRemoving(c)}
               onDefault={() => act(api("PUT", `/api/connections/${c.id}/default`),
                                    `${titleOf(schema, c)} is now the default.`)} />
        ))}
      </ul>
      <p role="status" id="list-status">{note}</p>
      <Modal id="remove-dialog" show={Boolean(removing)} onClose={() => setRemoving(null)}>
        <ModalBasicLayout>
          <ModalHeader title={`Remove ${removing ? titleOf(schema, removing) : ""}?`} />
          <ModalContent>
            <Text type="text1" element="p">
              Its settings and passwords are deleted. A connection that board syncs still use
              cannot be removed.
            </Text>
          </ModalContent>
        </ModalBasicLayout>
        <ModalFooter primaryButton={{ text: "Remove", onClick: remove, id: "remove-confirm" }}
                     secondaryButton={{ text: "Cancel", onClick: () => setRemoving(null) }} />
      </Modal>
    </section>
  );
}
