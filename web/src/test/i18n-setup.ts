// Unit tests see the app as an English speaker does: i18next ready with every namespace loaded.
import { startI18n } from "@/lib/i18n";
import { NAMESPACES } from "@/lib/i18n/namespaces";

const i18n = await startI18n("en");
await i18n.loadNamespaces([...NAMESPACES]);
