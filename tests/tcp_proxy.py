"""A small TCP proxy for tests: cut the line to a server, then mend it; or make the server
hang, then answer again."""

import socket
import threading


class TcpProxy:
    """Forwards 127.0.0.1:<port> to ``target``.

    ``stop()`` drops every connection (a server that is gone: connections refused).
    ``hang()`` keeps accepting connections and taking in what clients send, but passes
    nothing on either way, as a database stuck on its disk or stopped with SIGSTOP does:
    the kernel completes every handshake and acknowledges every packet, so neither TCP
    keepalives nor ``tcp_user_timeout`` notice anything. ``resume()`` passes on what was
    held and lets the server answer again.
    """

    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        self.port = None
        self._server = None
        self._connections = []
        self._lock = threading.Lock()
        self._answering = threading.Event()
        self._answering.set()

    def start(self):
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port or 0))
        server.listen(16)
        self.port = server.getsockname()[1]
        self._server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()
        return self

    def hang(self):
        self._answering.clear()

    def resume(self):
        self._answering.set()

    def stop(self):
        server, self._server = self._server, None
        if server is not None:
            try:
                server.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
            except OSError:
                pass
            server.close()
        with self._lock:
            for connection in self._connections:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                connection.close()
            self._connections.clear()
        self._answering.set()  # wakes the threads held by hang(): their sockets are closed

    def _accept(self, server):
        while True:
            try:
                client, _address = server.accept()
            except OSError:
                return
            with self._lock:
                self._connections.append(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client):
        self._answering.wait()  # hung: the client waits for the server's first word
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            client.close()
            return
        upstream.settimeout(None)
        with self._lock:
            if self._server is None:  # stopped meanwhile
                upstream.close()
                return
            self._connections.append(upstream)
        for source, sink in ((client, upstream), (upstream, client)):
            threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    def _pipe(self, source, sink):
        try:
            while data := source.recv(65536):
                self._answering.wait()  # hung: held, neither lost nor passed on
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
