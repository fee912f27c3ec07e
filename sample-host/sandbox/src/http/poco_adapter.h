// Connects the pipeline to Poco's HTTP server: converts requests and writes (or drops) answers.
#pragma once

#include "http/pipeline.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace kisi::sandbox {

class PipelineHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
  public:
    explicit PipelineHandlerFactory(Pipeline& pipeline) : pipeline_(pipeline) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(
        const Poco::Net::HTTPServerRequest& request) override;

  private:
    Pipeline& pipeline_;
};

}  // namespace kisi::sandbox
