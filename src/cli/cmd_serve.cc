#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "app/ballot.h"
#include "app/crypto.h"
#include "app/progress_cache.h"
#include "app/unit_tree_cache.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "core/messages_vi/cli.h"
#include "core/messages_vi/tracking.h"
#include "mail/outbox_sender.h"
#include "mail/smtp_setup.h"
#include "store/peer_signal.h"
#include "web/config.h"
#include "web/guard.h"
#include "web/server.h"
#include "web/site.h"

extern char** environ;

namespace thidua::cli {

namespace msg = core::messages_vi;

int cmd_serve(int argc, char** argv) {
  const auto started = std::chrono::steady_clock::now();
  std::string err;
  auto args = parse_args(argc, argv, 2, {}, {"db", "listen", "config", "threads", "data-dir"}, err);
  if (!args) return fail(err), 2;
  std::map<std::string, std::string> env;
  for (char** e = environ; *e; ++e) {
    std::string kv = *e;
    if (auto eq = kv.find('='); eq != std::string::npos && kv.rfind("THIDUA_", 0) == 0) {
      env[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
  }
  auto cfg = web::load_config(args->get("config"), env);
  if (!cfg.ok()) return fail(msg::config_invalid(core::describe(cfg.error())));
  // Command-line flags override the file and the environment.
  for (const auto& [flag, key] : std::vector<std::pair<std::string, std::string>>{
           {"db", "db"}, {"listen", "listen"}, {"threads", "threads"}, {"data-dir", "data_dir"}}) {
    if (!args->has(flag)) continue;
    auto st = web::apply_setting(*cfg, key, args->get(flag), "--" + flag);
    if (!st.ok()) return fail(core::describe(st.error())), 2;
  }
  app::init_crypto();
  auto db = open_db(cfg->db_url, true, std::max(4, cfg->server.threads * 2));
  if (!db) return 1;
  app::SystemClock clock;
  app::SecurityPolicy policy;
  policy.session_ttl_minutes = cfg->session_ttl_minutes;
  app::ActorCache actor_cache;
  // Several servers on one PostgreSQL database: a change to accounts, roles,
  // sessions or tokens made on one clears the others' caches at once.
  actor_cache.tell_others([&db] { (void)store::tell_peers(*db, store::kPeerTopicActors); });
  auto peers = store::listen_to_peers(*db, cfg->db_url, [&actor_cache](const std::string& topic) {
    if (topic == store::kPeerTopicActors || topic == store::kPeerTopicAll) actor_cache.clear_local();
  });
  app::Services services{*db, clock, policy, cfg->data_dir, &actor_cache};
  // The HMAC secret of the receipts before migration 080 must not outlive them.
  app::retire_old_ballot_key(cfg->data_dir);
  services.max_file_bytes = static_cast<size_t>(cfg->max_file_mb) << 20;
  app::ProgressCache progress_cache;
  services.progress_cache = &progress_cache;
  app::UnitTreeCache unit_tree_cache;
  services.unit_tree_cache = &unit_tree_cache;
  services.mail_enabled = !cfg->smtp_host.empty();
  services.public_url = cfg->public_url;
  std::unique_ptr<mail::OutboxSender> mail_sender;
  if (services.mail_enabled) {
    mail::SmtpSettings smtp;
    smtp.host = cfg->smtp_host;
    smtp.port = static_cast<unsigned short>(cfg->smtp_port);
    smtp.from = cfg->smtp_from;
    smtp.user = cfg->smtp_user;
    smtp.ca_file = cfg->smtp_ca_file;
    auto complete = mail::complete_smtp_settings(std::move(smtp), cfg->smtp_tls, cfg->smtp_password_file);
    if (!complete.ok()) return fail(core::describe(complete.error()));
    if (cfg->public_url.empty()) std::cerr << msg::kPublicUrlMissingWarning << "\n";
    mail_sender = std::make_unique<mail::OutboxSender>(*db, clock, std::move(*complete),
                                                       std::chrono::seconds(cfg->smtp_interval_s));
    mail_sender->start();
  }
  web::WebOptions options;
  options.cookie_secure = cfg->cookie_secure;
  options.upload_limit = cfg->server.body_limit;
  cfg->server.body_gate = web::site_body_gate(services, options, cfg->server.body_limit);
  auto router = web::build_router(services, options);
  cfg->server.is_heavy = [router](const web::Request& req) { return router->heavy(req); };
  web::Server server(cfg->server, [router](web::Request& req) { return router->dispatch(req); });
  auto st = server.start();
  if (!st.ok()) return fail(msg::server_start_failed(core::describe(st.error())));
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  std::cerr << msg::serving_at(cfg->server.host, std::to_string(server.port()), db->describe(),
                               std::to_string(cfg->server.threads), std::to_string(ms.count()));
  server.run_until_signal();
  if (mail_sender) mail_sender->stop();
  std::cerr << msg::kServerStopped;
  return 0;
}

}  // namespace thidua::cli
