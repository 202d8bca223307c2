# ctest -P script: fails if any C++ file of the project is not clang-formatted.
# Usage: cmake -DSOURCE_DIR=... -DCLANG_FORMAT=... -P check-format.cmake
file(GLOB_RECURSE files
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/modules/*.cpp ${SOURCE_DIR}/modules/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
execute_process(
    COMMAND ${CLANG_FORMAT} --dry-run --Werror --style=file ${files}
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format: these files need `clang-format -i`:\n${errors}")
endif()
list(LENGTH files count)
message(STATUS "clang-format: ${count} files clean")
