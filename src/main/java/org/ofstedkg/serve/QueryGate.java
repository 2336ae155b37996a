package org.ofstedkg.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * At most so many queries computed at once; the others wait their turn, in order of arrival. Queries
 * are bound by the processors: past a few per core, more at once only share the same CPU more thinly
 * while each holds its intermediate results (a sort of every judgement, say) in memory. So a burst of
 * 32 clients gets answers as fast as 4 would, in bounded memory. Answers kept by {@link AnswerCache},
 * which runs before this gate, never wait. A query that cannot start within the query timeout gets
 * 503, as one that runs past it does.
 */
final class QueryGate implements Filter {

    private final Semaphore running;
    private final Duration wait;

    QueryGate(int concurrent, Duration wait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one query must be able to run, not " + concurrent);
        }
        this.running = new Semaphore(concurrent, true);
        this.wait = wait;
    }

    /** A sensible number of queries at once for this machine: twice its processors, at least 4. */
    static int defaultConcurrency() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean admitted;
        try {
            admitted = running.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "the server is busy: the query could not start within " + wait.toSeconds() + " s; try again");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }
}
