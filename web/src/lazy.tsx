// Screens beyond the first load on demand, so the first screen's JavaScript stays small.

import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { Loading } from "./components/common";
import { t } from "./i18n";

export function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  return function LazyScreen(props: P) {
    const [, setReady] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      pending ??= load().then((module) => {
        loaded = module.default;
      });
      pending.then(
        () => setReady((n) => n + 1),
        () => {
          pending = null;
          setFailed(true);
        },
      );
    }, []);
    if (loaded) {
      const Screen = loaded;
      return <Screen {...props} />;
    }
    if (failed)
      return (
        <div class="notice notice-error" role="alert">
          {t("common.load_failed")}
        </div>
      );
    return <Loading />;
  };
}
