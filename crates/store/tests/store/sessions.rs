//! Sessions: stored by token hash, found with their user, touched, ended one by one or all at
//! once for a user whose account is switched off.

use crate::support::{minutes, on_every_backend, t0};
use samanvay_core::sharing::{MembershipState, SharingGroup, SharingGroupMember};
use samanvay_core::user::User;
use samanvay_core::{Classification, SharingGroupId, Viewer};
use samanvay_store::{Change, SessionRecord, StoreError};

#[tokio::test]
async fn sessions_are_found_touched_and_ended() {
    on_every_backend(async |t| {
        let hq = t.agency("DL").await;
        let sho = t
            .user(&hq, "sho.alipur", Classification::Confidential)
            .await;
        let dcp = t.user(&hq, "dcp.north", Classification::Secret).await;
        let phone = session("aa01", &sho);
        let desk = session("aa02", &sho);
        let dcp_desk = session("bb01", &dcp);
        let rows = t
            .commit(
                [&phone, &desk, &dcp_desk]
                    .map(|s| Change::InsertSession(s.clone()))
                    .to_vec(),
                vec![],
            )
            .await;
        assert_eq!(rows, vec![1, 1, 1]);

        let (found, user) = t.store.session("aa01").await.unwrap().expect("the session");
        assert_eq!(
            (found, user),
            (phone.clone(), sho.clone()),
            "{:?}",
            t.backend
        );
        assert_eq!(t.store.session("ffff").await.unwrap(), None);

        let seen = t0() + minutes(5);
        let touch = Change::TouchSession {
            token_hash: "aa01".into(),
            at: seen,
        };
        assert_eq!(t.commit(vec![touch], vec![]).await, vec![1]);
        let (found, _) = t.store.session("aa01").await.unwrap().unwrap();
        assert_eq!(found.last_seen_at, seen, "{:?}", t.backend);

        // A token hash is a key: the same one twice is a conflict.
        let again = t
            .try_commit(vec![Change::InsertSession(phone.clone())], vec![])
            .await;
        assert!(
            matches!(again, Err(StoreError::Conflict(_))),
            "{:?}: {again:?}",
            t.backend
        );

        let logout = Change::DeleteSession {
            token_hash: "aa01".into(),
        };
        assert_eq!(t.commit(vec![logout.clone()], vec![]).await, vec![1]);
        assert_eq!(t.store.session("aa01").await.unwrap(), None);
        assert_eq!(
            t.commit(vec![logout], vec![]).await,
            vec![0],
            "{:?}",
            t.backend
        );

        // Disabling the SHO ends the remaining session; the DCP's stays.
        let end_all = Change::DeleteUserSessions {
            user: sho.id,
            except: None,
        };
        assert_eq!(
            t.commit(vec![end_all], vec![]).await,
            vec![1],
            "{:?}",
            t.backend
        );
        assert_eq!(t.store.session("aa02").await.unwrap(), None);
        let (found, user) = t
            .store
            .session("bb01")
            .await
            .unwrap()
            .expect("the DCP's session");
        assert_eq!((found, user), (dcp_desk, dcp), "{:?}", t.backend);
    })
    .await;
}

fn session(token_hash: &str, user: &User) -> SessionRecord {
    SessionRecord {
        token_hash: token_hash.to_string(),
        user: user.id,
        created_at: t0(),
        last_seen_at: t0(),
        expires_at: t0() + minutes(12 * 60),
        source: Some("192.0.2.10".to_string()),
    }
}

#[tokio::test]
async fn a_session_carries_the_viewer_with_its_agency_s_accepted_groups() {
    on_every_backend(async |t| {
        let delhi = t.agency("DL").await;
        let haryana = t.agency("HR").await;
        let sho = t
            .user(&delhi, "sho.narela", Classification::Confidential)
            .await;
        let group = |name: &str, state: MembershipState| SharingGroup {
            id: SharingGroupId::new(),
            name: name.into(),
            purpose: String::new(),
            created_by: haryana.agency,
            created_at: t0(),
            members: vec![
                SharingGroupMember {
                    agency: haryana.agency,
                    state: MembershipState::Member,
                },
                SharingGroupMember {
                    agency: delhi.agency,
                    state,
                },
            ],
        };
        let joined = [
            group("Border A", MembershipState::Member),
            group("Border B", MembershipState::Member),
        ];
        let invited = group("Border C", MembershipState::Invited);
        let mut changes: Vec<_> = joined
            .iter()
            .chain([&invited])
            .map(|g| Change::InsertSharingGroup(g.clone()))
            .collect();
        changes.push(Change::InsertSession(session("cc01", &sho)));
        t.commit(changes, vec![]).await;

        let (_, user, viewer) = t
            .store
            .session_with_viewer("cc01")
            .await
            .unwrap()
            .expect("the session");
        let mut groups = viewer.groups.clone();
        groups.sort();
        let mut want: Vec<_> = joined.iter().map(|g| g.id).collect();
        want.sort();
        assert_eq!(groups, want, "{:?}: only accepted groups", t.backend);
        let mut separate = t.store.viewer(&user).await.unwrap();
        separate.groups.sort();
        assert_eq!(Viewer { groups, ..viewer }, separate, "{:?}", t.backend);
    })
    .await;
}

#[tokio::test]
async fn ending_a_user_s_other_sessions_keeps_the_one_named() {
    on_every_backend(async |t| {
        let delhi = t.agency("DL").await;
        let sho = t
            .user(&delhi, "sho.bawana", Classification::Confidential)
            .await;
        let sessions = ["dd01", "dd02", "dd03"].map(|h| Change::InsertSession(session(h, &sho)));
        t.commit(sessions.to_vec(), vec![]).await;
        let others = Change::DeleteUserSessions {
            user: sho.id,
            except: Some("dd02".into()),
        };
        assert_eq!(
            t.commit(vec![others], vec![]).await,
            vec![2],
            "{:?}",
            t.backend
        );
        assert!(t.store.session("dd02").await.unwrap().is_some());
        assert_eq!(t.store.session("dd01").await.unwrap(), None);
        assert_eq!(t.store.session("dd03").await.unwrap(), None);
    })
    .await;
}
