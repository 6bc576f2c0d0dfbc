package org.spasmcheck.server;

import io.javalin.http.ExceptionHandler;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.security.RouteRole;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsExceptionHandler;
import io.javalin.websocket.WsHandlerType;
import java.util.function.Consumer;

/**
 * Routes in which every GET route also answers HEAD by running the same handler (the server sends its status and
 * headers without the body). Without it Javalin answers HEAD with 200 whenever a GET route matches the path, without
 * running the route, so {@code HEAD} on another person's assessment said 200 while {@code GET} said 404.
 */
record HeadLikeGet(JavalinDefaultRoutingApi routes) implements JavalinDefaultRoutingApi {

    @Override
    public JavalinDefaultRoutingApi addEndpoint(Endpoint endpoint) {
        routes.addEndpoint(endpoint);
        if (endpoint.method == HandlerType.GET) {
            routes.addEndpoint(new Endpoint(HandlerType.HEAD, endpoint.path, endpoint.handler));
        }
        return this;
    }

    @Override
    public <E extends Exception> JavalinDefaultRoutingApi exception(Class<E> type,
            ExceptionHandler<? super E> handler) {
        routes.exception(type, handler);
        return this;
    }

    @Override
    public JavalinDefaultRoutingApi error(int status, String contentType, Handler handler) {
        routes.error(status, contentType, handler);
        return this;
    }

    @Override
    public <E extends Exception> JavalinDefaultRoutingApi wsException(Class<E> type,
            WsExceptionHandler<? super E> handler) {
        routes.wsException(type, handler);
        return this;
    }

    @Override
    public JavalinDefaultRoutingApi addWsHandler(WsHandlerType type, String path, Consumer<WsConfig> config,
            RouteRole... roles) {
        routes.addWsHandler(type, path, config, roles);
        return this;
    }
}
