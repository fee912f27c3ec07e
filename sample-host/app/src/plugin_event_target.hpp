// The event dispatcher's target in the sample host: each serving plugin that subscribes to an
// event type, reached through its strand (PluginManager::handle_event; HP_OK acknowledges).
#pragma once

#include <host/loader/plugin_manager.hpp>

#include "host_data/event_dispatcher.h"

namespace host::app {

class PluginEventTarget : public data::EventTarget {
  public:
    explicit PluginEventTarget(loader::PluginManager& plugins) : plugins_(plugins) {}

    std::vector<std::string> subscribers(const std::string& event_type) override {
        return plugins_.subscribers(event_type);
    }

    data::DeliveryOutcome deliver(const std::string& plugin_id,
                                  const std::string& event_json) override {
        const auto result = plugins_.handle_event(plugin_id, event_json);
        return {result.ok(), result.message};
    }

  private:
    loader::PluginManager& plugins_;
};

}  // namespace host::app
