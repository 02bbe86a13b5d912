-- The sign-in email limits in one round trip (lib/auth/email-limits.ts): counts, checks and records
-- in one call, atomic under parallel requests.
--
-- Why a function and not one statement: a statement sees the database as it was when it began, so
-- an advisory lock taken inside it comes too late: the sends recorded by whoever held the lock are
-- not counted, and twenty parallel requests all pass (lib/auth/email-limits.test.ts shows it). A
-- VOLATILE SQL function takes a new snapshot for each of its statements: the second one, run after
-- the locks are held, sees every send committed before them. Both end with the caller's statement.

-- CreateFunction
CREATE FUNCTION "reserve_sign_in_email"(
    address_key TEXT,
    client_key TEXT,
    per_address INTEGER,
    per_client INTEGER,
    window_minutes INTEGER,
    cleanup_batch INTEGER
) RETURNS TABLE ("refused_by" TEXT, "frees_in" INTEGER)
LANGUAGE sql VOLATILE
AS $$
    -- Always the address first, then the client: two requests never wait on each other's second lock.
    SELECT pg_advisory_xact_lock(hashtextextended(address_key, 0)), pg_advisory_xact_lock(hashtextextended(client_key, 0));

    WITH "buckets" ("kind", "key", "max_sends", "rank") AS (
        VALUES ('address', address_key, per_address, 1), ('client', client_key, per_client, 2)
    ),
    -- A bucket is full when its window holds max_sends sends; the oldest of those is the next to expire.
    "full" AS (
        SELECT b."kind", b."rank", oldest."frees_in"
        FROM "buckets" b
        CROSS JOIN LATERAL (
            SELECT ceil(extract(epoch FROM s."sent_at" + make_interval(mins => window_minutes) - clock_timestamp()))::INTEGER AS "frees_in"
            FROM "sign_in_email_sends" s
            WHERE s."key" = b."key" AND s."sent_at" > clock_timestamp() - make_interval(mins => window_minutes)
            ORDER BY s."sent_at" DESC
            OFFSET b."max_sends" - 1
            LIMIT 1
        ) oldest
    ),
    "refusal" AS (
        SELECT "kind", greatest(1, "frees_in") AS "frees_in" FROM "full" ORDER BY "rank" LIMIT 1
    ),
    -- Both sends or neither: a refused request leaves the other bucket's budget whole.
    "recorded" AS (
        INSERT INTO "sign_in_email_sends" ("key", "sent_at")
        SELECT "key", clock_timestamp() FROM "buckets" WHERE NOT EXISTS (SELECT 1 FROM "refusal")
    ),
    -- Bounded work per send, and SKIP LOCKED: requests for other keys never wait on each other's cleanup.
    "expired" AS (
        DELETE FROM "sign_in_email_sends" WHERE NOT EXISTS (SELECT 1 FROM "refusal") AND "id" IN (
            SELECT "id" FROM "sign_in_email_sends"
            WHERE "sent_at" <= clock_timestamp() - make_interval(mins => window_minutes)
            LIMIT cleanup_batch
            FOR UPDATE SKIP LOCKED
        )
    )
    SELECT "kind", "frees_in" FROM "refusal";
$$;
