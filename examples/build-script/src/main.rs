//! Calls the Gatekeeper health check through the SDK generated at build time, against a one-shot
//! local server (no network needed), and prints what it got.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use gatekeeper_sdk::{GatekeeperCore, HealthService};

/// Answers one request: the health check's success envelope for `GET /api/health`, else 404.
fn serve_once(listener: TcpListener) -> std::io::Result<String> {
    let (stream, _) = listener.accept()?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let (status, body) = if request_line.starts_with("GET /api/health ") {
        ("200 OK", r#"{"ok":true,"data":{"status":"ok","version":"1.0.0","time":"2026-01-01T00:00:00Z"}}"#)
    } else {
        ("404 Not Found", r#"{"ok":false,"error":{"code":"not_found","message":"no such route"}}"#)
    };
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )?;
    Ok(request_line.trim_end().to_string())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let base_url = format!("http://{}", listener.local_addr()?);
    let server = std::thread::spawn(move || serve_once(listener));

    let core = GatekeeperCore::builder(base_url).max_retries(0).build();
    let health = HealthService::new(&core).check().await?;
    let request = server.join().expect("server thread")?;
    println!("{request} -> status {:?}, version {}", health.status, health.version);
    Ok(())
}
