//! `samanvay import` and `samanvay export` against a running demo server: valid rows are
//! imported and bad ones listed by line with exit code 2, a second run changes nothing, and an
//! export holds what its user may see and nothing of another agency's restricted records.

use crate::support::{Data, Server, samanvay};
use std::path::Path;
use std::process::Stdio;
use tokio::io::AsyncWriteExt;

const FILE: &str = "\
external_ref,name,identifiers,address,district
CLI-1,Rakesh Kumar Yadav @ Kalia s/o Ramesh,mobile:+91 98100-44321,Lisari Gate,Meerut
CLI-2,सुरेंद्र सिंह उर्फ़ बिल्ला,vehicle:HR 26 AB 4321,Ganaur,Sonipat
CLI-3,Jagdish Prasad,mobile:12345,Seelampur,North East Delhi
";

/// One run of the binary as `user` with the demo password on standard input (or `password`).
async fn run(server: &Server, user: &str, password: &str, args: &[&str]) -> (i32, String) {
    let mut child = samanvay()
        .args(args)
        .args(["--url", &server.base, "--user", user])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start samanvay");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(format!("{password}\n").as_bytes())
        .await
        .expect("write the password");
    drop(stdin);
    let output = child.wait_with_output().await.expect("samanvay ends");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code().unwrap_or(-1), text)
}

fn export_args(path: &Path) -> Vec<&str> {
    let path = path.to_str().expect("a UTF-8 path");
    vec!["export", "--kind", "persons", "--format", "csv", "-o", path]
}

#[tokio::test]
async fn a_file_is_imported_from_the_shell_and_exported_as_the_user_may_see_it() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let data = Data {
        dir: dir.path(),
        database_url: None,
    };
    let server = Server::demo(&data).await;
    let password = samanvay_demo::DEMO_PASSWORD;
    let file = dir.path().join("absconders.csv");
    std::fs::write(&file, FILE).expect("write the file");
    let import = ["import", file.to_str().expect("a UTF-8 path")];

    let (code, output) = run(&server, "dl.analyst", "not the password", &import).await;
    assert_eq!(code, 1, "a wrong password:\n{output}");
    assert!(output.contains("refused"), "{output}");

    let (code, output) = run(&server, "dl.analyst", password, &import).await;
    assert_eq!(code, 2, "a bad row means exit code 2:\n{output}");
    assert!(output.contains("created 2"), "{output}");
    assert!(
        output.contains("line 4: "),
        "the bad row by its line:\n{output}"
    );
    assert!(
        output.contains("mobile"),
        "the reason names the mobile:\n{output}"
    );

    let (code, output) = run(&server, "dl.analyst", password, &import).await;
    assert_eq!(code, 2, "{output}");
    assert!(output.contains("created 0"), "{output}");
    assert!(
        output.contains("unchanged 2"),
        "a second run changes nothing:\n{output}"
    );

    let own = dir.path().join("own.csv");
    let (code, output) = run(&server, "dl.analyst", password, &export_args(&own)).await;
    assert_eq!(code, 0, "{output}");
    let exported = std::fs::read_to_string(&own).expect("the export file");
    assert!(exported.contains("CLI-1"), "own import exported");
    assert!(exported.contains("सुरेंद्र"), "Devanagari kept");
    assert!(exported.contains("+919810044321"), "the normalized mobile");

    // The file was marked restricted to the importing agency: the IB's export has none of it.
    let other = dir.path().join("other.csv");
    let (code, output) = run(&server, "ib.analyst", password, &export_args(&other)).await;
    assert_eq!(code, 0, "{output}");
    let exported = std::fs::read_to_string(&other).expect("the export file");
    assert!(
        exported.starts_with("external_ref,") || exported.starts_with("id,"),
        "{exported}"
    );
    assert!(
        !exported.contains("CLI-"),
        "another agency's restricted records leaked"
    );
    assert!(!exported.contains("9810044321"));
    server.stop().await;
}
