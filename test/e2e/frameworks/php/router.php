<?php
// A PHP login on PHP's own session handling, for the e2e frameworks test. Run with the built-in server:
//   php -S 127.0.0.1:0 -d session.save_path=<temp dir> router.php
// No session.* cookie setting is changed: PHPSESSID's attributes are php.ini's defaults (Debian php-cli).

const USERS = ['alice' => 'wonderland'];

function page(string $title, string $body): void {
    header('Content-Type: text/html; charset=utf-8');
    echo "<!doctype html><title>$title</title>$body";
}

function redirect(string $to): void {
    header("Location: $to", true, 302);
}

function home(): void {
    // An anonymous visitor already has a session before logging in.
    session_start();
    $_SESSION['visits'] = ($_SESSION['visits'] ?? 0) + 1;
    page('PHP home', '<p><a href="/login">Sign in</a></p>');
}

function login_form(): void {
    page('PHP sign in', '<form method="post" action="/login"><input name="username">'
        . ' <input name="password" type="password"> <button type="submit">Sign in</button></form>');
}

function login(): void {
    session_start();
    $user = $_POST['username'] ?? '';
    if ((USERS[$user] ?? null) !== ($_POST['password'] ?? '')) {
        http_response_code(403);
        return;
    }
    // A new session ID at login, the old session file deleted (the fix for session fixation).
    session_regenerate_id(true);
    $_SESSION['user'] = $user;
    redirect('/account');
}

function account(): void {
    session_start();
    if (!isset($_SESSION['user'])) {
        redirect('/login');
        return;
    }
    page('PHP account', '<p>Signed in.</p><form method="post" action="/logout"><button type="submit">Sign out</button></form>');
}

function logout(): void {
    // The PHP manual's logout: empty the session, expire its cookie with the same parameters, destroy it.
    session_start();
    $_SESSION = [];
    $params = session_get_cookie_params();
    setcookie(session_name(), '', time() - 42000, $params['path'], $params['domain'], $params['secure'], $params['httponly']);
    session_destroy();
    redirect('/signed-out');
}

$route = $_SERVER['REQUEST_METHOD'] . ' ' . parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
match ($route) {
    'GET /' => home(),
    'GET /login' => login_form(),
    'POST /login' => login(),
    'GET /account' => account(),
    'POST /logout' => logout(),
    'GET /signed-out' => page('Signed out', '<p>Signed out.</p>'),
    default => http_response_code(404),
};
