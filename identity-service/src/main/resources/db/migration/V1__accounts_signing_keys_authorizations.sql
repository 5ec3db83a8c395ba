-- Accounts: login is normalized by the service (e-mail lower-cased, mobile = 11 digits).
create table account (
    id                 uuid         primary key,
    login              varchar(254) not null unique,
    display_name       varchar(100) not null,
    password_hash      varchar(200) not null,
    roles              text[]       not null
        check (cardinality(roles) > 0
               and roles <@ array['DONOR', 'FINANCE', 'AUDITOR', 'EDITOR', 'PROJECT_OFFICER', 'ADMIN']),
    enabled            boolean      not null default true,
    failed_login_count integer      not null default 0 check (failed_login_count >= 0),
    locked_until       timestamptz,
    created_at         timestamptz  not null,
    created_by         varchar(64)  not null
);

-- RSA signing keys shared by all instances: active while retired_at is null; published (verify
-- only) for a retention period after retirement, then deleted.
create table signing_key (
    kid         varchar(64) primary key,
    public_key  text        not null,
    private_key text        not null,
    created_at  timestamptz not null,
    retired_at  timestamptz
);
create index signing_key_retired_at on signing_key (retired_at);

-- Spring Authorization Server's JdbcOAuth2AuthorizationService table (its shipped schema, adapted
-- to PostgreSQL as its comment says: blob -> text, timestamp -> timestamptz).
create table oauth2_authorization (
    id                            varchar(100)  not null primary key,
    registered_client_id          varchar(100)  not null,
    principal_name                varchar(200)  not null,
    authorization_grant_type      varchar(100)  not null,
    authorized_scopes             varchar(1000) default null,
    attributes                    text          default null,
    state                         varchar(500)  default null,
    authorization_code_value      text          default null,
    authorization_code_issued_at  timestamptz   default null,
    authorization_code_expires_at timestamptz   default null,
    authorization_code_metadata   text          default null,
    access_token_value            text          default null,
    access_token_issued_at        timestamptz   default null,
    access_token_expires_at       timestamptz   default null,
    access_token_metadata         text          default null,
    access_token_type             varchar(100)  default null,
    access_token_scopes           varchar(1000) default null,
    oidc_id_token_value           text          default null,
    oidc_id_token_issued_at       timestamptz   default null,
    oidc_id_token_expires_at      timestamptz   default null,
    oidc_id_token_metadata        text          default null,
    refresh_token_value           text          default null,
    refresh_token_issued_at       timestamptz   default null,
    refresh_token_expires_at      timestamptz   default null,
    refresh_token_metadata        text          default null,
    user_code_value               text          default null,
    user_code_issued_at           timestamptz   default null,
    user_code_expires_at          timestamptz   default null,
    user_code_metadata            text          default null,
    device_code_value             text          default null,
    device_code_issued_at         timestamptz   default null,
    device_code_expires_at        timestamptz   default null,
    device_code_metadata          text          default null
);
create index oauth2_authorization_principal on oauth2_authorization (principal_name);
create index oauth2_authorization_code on oauth2_authorization (authorization_code_value);
create index oauth2_authorization_refresh on oauth2_authorization (refresh_token_value);
