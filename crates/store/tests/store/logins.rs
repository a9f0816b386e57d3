//! The lockout counter: five failed logins inside the window lock an account, an old failure
//! no longer counts, and an admin's unlock starts afresh.

use crate::support::{TestStore, minutes, on_every_backend, t0};
use samanvay_core::Classification;
use samanvay_core::user::{AccountStatus, User};
use samanvay_store::Change;
use time::{Duration, OffsetDateTime};

const LOCK_AFTER: i64 = 5;
const WINDOW: Duration = Duration::minutes(15);

#[tokio::test]
async fn five_failures_inside_the_window_lock_the_account_once() {
    on_every_backend(async |t| {
        let hq = t.agency("RJ").await;
        let user = t.user(&hq, "asi.meena", Classification::Restricted).await;

        let mut rows = Vec::new();
        for n in 0..6 {
            rows.push(fail(t, &user, t0() + minutes(n)).await);
        }
        assert_eq!(
            rows,
            vec![0, 0, 0, 0, 1, 0],
            "{:?}: only the fifth locks",
            t.backend
        );
        let credentials = t.store.credentials("asi.meena").await.unwrap().unwrap();
        assert_eq!(
            credentials.user.status,
            AccountStatus::Locked,
            "{:?}",
            t.backend
        );
        assert_eq!(credentials.failed_logins, 6);
        assert_eq!(credentials.locked_at, Some(t0() + minutes(4)));

        // The admin unlocks: status active again, and the count and lock are gone.
        let unlocked = User {
            status: AccountStatus::Active,
            ..user.clone()
        };
        assert_eq!(
            t.commit(vec![Change::UpdateUser(unlocked)], vec![]).await,
            vec![1]
        );
        let credentials = t.store.credentials("asi.meena").await.unwrap().unwrap();
        assert_eq!(credentials.user, user, "{:?}", t.backend);
        assert_eq!(
            (credentials.failed_logins, credentials.locked_at),
            (0, None)
        );

        // It takes five new failures to lock it again.
        let later = t0() + minutes(30);
        let mut rows = Vec::new();
        for n in 0..5 {
            rows.push(fail(t, &user, later + minutes(n)).await);
        }
        assert_eq!(rows, vec![0, 0, 0, 0, 1], "{:?}", t.backend);
    })
    .await;
}

#[tokio::test]
async fn a_failure_after_the_window_restarts_the_count() {
    on_every_backend(async |t| {
        let hq = t.agency("RJ").await;
        let user = t
            .user(&hq, "si.choudhary", Classification::Restricted)
            .await;
        let failures = |name: &'static str| async move {
            t.store
                .credentials(name)
                .await
                .unwrap()
                .unwrap()
                .failed_logins
        };

        for n in 0..4 {
            assert_eq!(fail(t, &user, t0() + minutes(n)).await, 0);
        }
        assert_eq!(failures("si.choudhary").await, 4);
        // Twenty minutes after the first failure: the window has moved past it.
        let restart = t0() + minutes(20);
        assert_eq!(fail(t, &user, restart).await, 0, "{:?}", t.backend);
        assert_eq!(failures("si.choudhary").await, 1, "{:?}", t.backend);
        for n in 1..4 {
            assert_eq!(fail(t, &user, restart + minutes(n)).await, 0);
        }
        let credentials = t.store.credentials("si.choudhary").await.unwrap().unwrap();
        assert_eq!(
            credentials.user.status,
            AccountStatus::Active,
            "{:?}",
            t.backend
        );
        assert_eq!(
            fail(t, &user, restart + minutes(4)).await,
            1,
            "{:?}",
            t.backend
        );

        // Clearing the counter (a successful login) does not unlock.
        t.commit(vec![Change::ClearLoginFailures { user: user.id }], vec![])
            .await;
        let credentials = t.store.credentials("si.choudhary").await.unwrap().unwrap();
        assert_eq!(credentials.failed_logins, 0);
        assert_eq!(credentials.user.status, AccountStatus::Locked);
    })
    .await;
}

#[tokio::test]
async fn a_disabled_account_is_never_locked() {
    on_every_backend(async |t| {
        let hq = t.agency("RJ").await;
        let user = t.user(&hq, "hc.singh", Classification::Unrestricted).await;
        let disabled = User {
            status: AccountStatus::Disabled,
            ..user.clone()
        };
        t.commit(vec![Change::UpdateUser(disabled)], vec![]).await;
        for n in 0..LOCK_AFTER + 1 {
            assert_eq!(
                fail(t, &user, t0() + minutes(n)).await,
                0,
                "{:?}",
                t.backend
            );
        }
        let credentials = t.store.credentials("hc.singh").await.unwrap().unwrap();
        assert_eq!(credentials.user.status, AccountStatus::Disabled);
        assert_eq!(credentials.locked_at, None);
    })
    .await;
}

/// Records one failed login at `at`; returns 1 if it locked the account.
async fn fail(t: &TestStore, user: &User, at: OffsetDateTime) -> u64 {
    let change = Change::RecordLoginFailure {
        user: user.id,
        at,
        window_start: at - WINDOW,
        lock_after: LOCK_AFTER,
    };
    let rows = t.commit(vec![change], vec![]).await;
    rows[0]
}
