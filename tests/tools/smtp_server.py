#!/usr/bin/python3
"""A local SMTP server for the tests (Debian's python3-aiosmtpd).

STARTTLS required (the certificate and key given, made by openssl at test
time), AUTH PLAIN / LOGIN required, one user and password. Every message
accepted is written to OUT as N.eml with N.json beside it: the envelope,
the decoded From / To / Subject / Message-ID and the attachments, each also
written as N-<filename>. Prints "PORT <n>" once listening, then runs until
killed.

Faults (for the tests of refusals and retries):
  --reject-rcpt CODE   refuse every recipient with CODE (550, 450…)
  --drop-after-accept  take the message, answer 250, then drop the connection
  --drop-first-rcpt    drop the first connection at RCPT TO (later ones work)
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import socket
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--reject-rcpt", type=int, default=0)
    p.add_argument("--drop-after-accept", action="store_true")
    p.add_argument("--drop-first-rcpt", action="store_true")
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)

    state = {"count": len([f for f in os.listdir(args.out) if f.endswith(".eml")]), "rcpt_drops": 0}

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode() == args.user
              and auth_data.password.decode() == args.password)
        return AuthResult(success=ok, handled=False)

    class Handler:
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if args.drop_first_rcpt and state["rcpt_drops"] == 0:
                state["rcpt_drops"] += 1
                server.transport.close()
                return "421 4.4.2 connection dropped (test)"
            if args.reject_rcpt:
                return "%d 5.1.1 <%s>: Recipient address rejected: no such mailbox" % (args.reject_rcpt, address) \
                    if args.reject_rcpt >= 500 else "%d 4.2.0 <%s>: try again later" % (args.reject_rcpt, address)
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            state["count"] += 1
            n = state["count"]
            raw = envelope.original_content or envelope.content
            base = os.path.join(args.out, str(n))
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            attachments = []
            for part in msg.iter_attachments():
                name = part.get_filename()
                data = part.get_payload(decode=True)
                with open(base + "-" + name, "wb") as f:
                    f.write(data)
                attachments.append({"filename": name, "contentType": part.get_content_type(), "size": len(data)})
            body = msg.get_body(preferencelist=("plain",))
            summary = {
                "mailFrom": envelope.mail_from,
                "rcptTos": envelope.rcpt_tos,
                "from": str(msg["From"]),
                "to": str(msg["To"]),
                "subject": str(msg["Subject"]),
                "messageId": str(msg["Message-ID"]),
                "body": body.get_content() if body is not None else "",
                "attachments": attachments,
            }
            with open(base + ".json.tmp", "w", encoding="utf-8") as f:
                json.dump(summary, f, ensure_ascii=False, indent=1)
            with open(base + ".eml", "wb") as f:
                f.write(raw)
            os.replace(base + ".json.tmp", base + ".json")
            if args.drop_after_accept:
                asyncio.get_event_loop().call_later(0.05, server.transport.close)
            return "250 2.0.0 Ok: queued as TEST%d" % n

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()

    controller = Controller(Handler(), hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, authenticator=authenticator, auth_required=True,
                            auth_require_tls=True, server_hostname="localhost", ready_timeout=10)
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
