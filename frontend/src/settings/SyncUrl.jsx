// The connection's sync-now URL (a credential: admins only) and Rotate, behind a confirmation.
import { useEffect, useState } from "react";
import {
  Button, Modal, ModalBasicLayout, ModalContent, ModalFooter, ModalHeader, Text,
} from "@vibe/core";
import { api } from "../common/api.js";

export function SyncUrl({ connectionId }) {
  const [url, setUrl] = useState("");
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState("");

  useEffect(() => {
    api("GET", `/api/connections/${connectionId}/sync-url`)
      .then((found) => setUrl(found.url), (error) => setNote(error.message));
  }, [connectionId]);

  async function rotate() {
    setAsking(false);
    try {
      setUrl((await api("POST", `/api/connections/${connectionId}/sync-url/rotate`)).url);
      setNote("A new URL is in place; the old one no longer works.");
    } catch (error) {
      setNote(error.message);
    }
  }

  return (
    <section className="sync-url" aria-labelledby="sync-url-heading" id="sync-url-section">
      <h2 id="sync-url-heading">Sync-now URL</h2>
      <Text type="text2" element="p" className="hint">
        A SYSPRO trigger program or any script can POST to this URL to read SYSPRO at once.
        Keep it secret; rotate it if it leaks.
      </Text>
      <code id="sync-url" className="url">{url}</code>
      <Button kind="secondary" id="rotate-button" onClick={() => setAsking(true)}
              disabled={!url}>Rotate…</Button>
      <p role="status" className="note">{note}</p>
      <Modal id="rotate-dialog" show={asking} onClose={() => setAsking(false)}>
        <ModalBasicLayout>
          <ModalHeader title="Rotate the sync-now URL?" />
          <ModalContent>
            <Text type="text1" element="p">
              The current URL stops working at once. Every SYSPRO trigger program or script
              that calls it must be given the new URL.
            </Text>
          </ModalContent>
        </ModalBasicLayout>
        <ModalFooter
          primaryButton={{ text: "Rotate", onClick: rotate, id: "rotate-confirm" }}
          secondaryButton={{ text: "Cancel", onClick: () => setAsking(false),
                             id: "rotate-cancel" }} />
      </Modal>
    </section>
  );
}
