"""Run with Rasa's Python (.venv-rasa), which has a socket.io client: connect to Rasa's socket.io channel as one
follower, send COUNT messages, and print every ``bot_uttered`` event received as one JSON list (after 3 s in
which nothing more arrived).

    .venv-rasa/bin/python tests/e2e/socketio_flood.py URL SESSION_ID COUNT
"""
import asyncio
import json
import sys

import socketio


async def main(url: str, session_id: str, count: int) -> None:
    received = []
    confirmed = asyncio.Event()
    client = socketio.AsyncClient(reconnection=False)
    client.on("session_confirm", lambda *_: confirmed.set())
    client.on("bot_uttered", lambda data: received.append(data))
    await client.connect(url, socketio_path="/socket.io", transports=["websocket"])
    await client.emit("session_request", {"session_id": session_id})
    await asyncio.wait_for(confirmed.wait(), 10)
    for n in range(count):
        await client.emit("user_uttered", {"message": f"Frage Nummer {n}: wie lange dauert der Versand?",
                                           "session_id": session_id})
    quiet_since = len(received), asyncio.get_running_loop().time()
    while asyncio.get_running_loop().time() - quiet_since[1] < 3:
        await asyncio.sleep(0.2)
        if len(received) != quiet_since[0]:
            quiet_since = len(received), asyncio.get_running_loop().time()
    await client.disconnect()
    print(json.dumps(received))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
