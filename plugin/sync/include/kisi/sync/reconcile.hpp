#pragma once

#include "kisi/sync/desired_state.hpp"
#include "kisi/sync/failure.hpp"
#include "kisi/sync/planner.hpp"

#include <kisi/client/kisi_client.h>
#include <kisi/store/store.hpp>
#include <sdk/host.hpp>

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace kisi::sync {

// A role assignment in a managed group that the plugin did not make: reported, never touched.
struct ManualAssignment {
    std::int64_t assignment_id = 0;
    std::int64_t group_id = 0;
    std::int64_t kisi_user_id = 0;
    std::string email;
};

// The difference between what everyone should hold and what Kisi holds, group by group.
struct ReconcilePlan {
    std::vector<Step> steps;  // creates, then updates, then removals
    std::vector<ManualAssignment> manual;
    std::vector<std::string> problems;  // facts the plan had to skip, for the admin
    std::int64_t groups_read = 0;
    std::int64_t managed = 0;        // assignments the plugin holds in Kisi
    std::int64_t removal_limit = 0;  // more removals than this need an admin's approval
    std::int64_t computed_at = 0;

    std::size_t count(StepKind kind) const;
    bool exceeds_removal_limit() const {
        return std::int64_t(count(StepKind::remove)) > removal_limit;
    }
    std::string summary() const;  // "3 to add, 1 to change, 0 to remove; 2 manual"
};

// Removals a reconcile held back for an admin's decision.
struct HeldRemovals {
    std::vector<store::PersonRef> people;
    std::size_t removals = 0;
    std::int64_t held_at = 0;
};

struct ReconcileReport {
    ReconcilePlan plan;
    bool applied = false;  // the plan's changes were queued
    std::optional<HeldRemovals> held;
};

// Full reconcile: desired state from the host's directory for every linked center and every
// employee, actual state from Kisi (each managed group's role assignments, 250 a page).
// preview() only reads. run() (on the worker, serialised with every other change) first
// brings the ledger in line with Kisi (assignments deleted in Kisi are forgotten, windows
// changed in Kisi are noted, interrupted creates adopted), then queues a convergence for each
// person the plan touches; when there are more removals than the limit, the people with
// removals are held back until an admin approves or rejects them (Engine::approve_removals).
class Reconciler {
  public:
    Reconciler(store::Store& store, sdk::Host host) : store_(store), host_(host) {}

    Outcome<ReconcilePlan> preview(client::KisiClient& kisi) const;
    Outcome<ReconcileReport> run(client::KisiClient& kisi);

    std::optional<HeldRemovals> held() const;
    // The held people, released for convergence (approve) or dropped (reject).
    std::optional<HeldRemovals> take_held();
    std::optional<ReconcileReport> last() const;

  private:
    struct Actual;
    Outcome<ReconcilePlan> compute(client::KisiClient& kisi, Actual& actual) const;
    void repair_ledger(const Actual& actual);

    store::Store& store_;
    sdk::Host host_;
    mutable std::mutex mutex_;
    std::optional<HeldRemovals> held_;
    std::optional<ReconcileReport> last_;
};

}  // namespace kisi::sync
