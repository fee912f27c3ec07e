# Installs the pinned browser-test packages (npm ci) into DIR unless they are already there.
if(EXISTS ${DIR}/node_modules/playwright-core/package.json)
  return()
endif()
execute_process(COMMAND ${NPM} ci --no-audit --no-fund --loglevel=error
                WORKING_DIRECTORY ${DIR} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "npm ci failed in ${DIR} (${result})")
endif()
