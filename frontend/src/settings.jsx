// The settings view's entry (the account's SYSPRO connections).
import { Heading } from "@vibe/core";
import { mount } from "./common/mount.jsx";

function SettingsView() {
  return <main className="page"><Heading type="h1" text="SYSPRO connections" /></main>;
}

mount(SettingsView);
