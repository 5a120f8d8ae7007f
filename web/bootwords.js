// The words of web/boot.js, in each language: the loading screen, what a browser lacks,
// and figure exports. A script of its own so that boot.js stays one idea; it loads first.
// Like boot.js it keeps to ES2017.
'use strict';
window.nnplayBootWords = {
  en: {
    progress: 'Loading progress',
    cannotStart: 'The playground could not start.',
    stopped: 'The playground stopped.',
    loading: 'Loading the playground…',
    loadingPercent: (p) => 'Loading the playground… ' + p + '%',
    loadingMB: (mb) => 'Loading the playground… ' + mb + ' MB',
    reading: 'Reading the program from disk…',
    unpacking: 'Unpacking…',
    compiling: 'Compiling…',
    starting: 'Starting…',
    rebuild: 'Run make in the project folder, then reload this page.',
    missing: (file) => file + ' is missing.',
    empty: (file) => file + ' holds no program.',
    noWasm: 'This page runs on WebAssembly, which this browser does not offer or has ' +
      'turned off (security settings such as Safari\'s Lockdown Mode or Edge\'s enhanced ' +
      'security do that): allow WebAssembly for this page, or try another browser.',
    oldWasm: 'This browser\'s WebAssembly is too old for this page, which needs what ' +
      'browsers have had since 2021 (Chrome 75, Firefox 78, Safari 15.1): update the ' +
      'browser, or try another one.',
    lacks: (api) => 'This browser lacks ' + api + ', which the page needs: update the ' +
      'browser, or try a current Firefox, Chrome, Edge or Safari.',
    noDecompress: 'Opened from disk, this page unpacks its program with ' +
      'DecompressionStream, which this browser lacks (Firefox has it since 113, Chrome ' +
      'since 80, Safari since 16.4): update the browser, or serve the page with make run ' +
      'and open http://127.0.0.1:8080.',
    noWebGL: 'This page draws with WebGL, which this browser has turned off: enable ' +
      'hardware acceleration in the browser\'s settings, or try another browser.',
    onlyWebGL1: 'This page draws with WebGL 2, which this browser or its graphics driver ' +
      'does not offer (only WebGL 1 works here): update the browser and the graphics ' +
      'driver, enable hardware acceleration in the browser\'s settings, or try another browser.',
    noCompile: (why) => 'This browser could not compile the playground\'s WebAssembly (' +
      why + '): update the browser, or try another one.',
    stoppedWith: 'It stopped with this error:',
    bug: 'This is a bug in the playground, not something you did: reload the page to ' +
      'start it again, and if it stops again, please report this message.',
    exitCode: (code) => 'It exited with code ' + code + '. Reload the page to start it again.',
    reload: 'Reload the page to start it again.',
    figureLoading: 'Loading the figure module (first export only)…',
    figureRendering: (file) => 'Rendering ' + file + '…',
    figureSaved: (file, w, h) => 'Saved ' + file + ' (' + w + '×' + h + ').',
    figureFailed: (why) => 'Export failed: ' + why,
    figureStopped: 'the figure module stopped',
  },
  ko: {
    progress: '불러오는 중',
    cannotStart: '플레이그라운드를 시작하지 못했습니다.',
    stopped: '플레이그라운드가 멈췄습니다.',
    loading: '플레이그라운드를 불러오는 중…',
    loadingPercent: (p) => '플레이그라운드를 불러오는 중… ' + p + '%',
    loadingMB: (mb) => '플레이그라운드를 불러오는 중… ' + mb + ' MB',
    reading: '디스크에서 프로그램을 읽는 중…',
    unpacking: '압축을 푸는 중…',
    compiling: '컴파일하는 중…',
    starting: '시작하는 중…',
    rebuild: '프로젝트 폴더에서 make를 실행한 뒤 이 페이지를 새로 고쳐 주세요.',
    missing: (file) => file + ' 파일이 없습니다.',
    empty: (file) => file + ' 파일에 프로그램이 들어 있지 않습니다.',
    noWasm: '이 페이지는 WebAssembly로 실행되는데, 이 브라우저에서는 WebAssembly를 쓸 수 ' +
      '없거나 꺼져 있습니다(Safari의 잠금 모드나 Edge의 보안 강화 같은 보안 설정이 이를 ' +
      '끕니다). 이 페이지에서 WebAssembly를 허용하거나 다른 브라우저로 열어 주세요.',
    oldWasm: '이 브라우저의 WebAssembly는 이 페이지를 실행하기에 너무 오래되었습니다. ' +
      '2021년 무렵 이후의 브라우저(Chrome 75, Firefox 78, Safari 15.1 이상)가 필요합니다. ' +
      '브라우저를 업데이트하거나 다른 브라우저로 열어 주세요.',
    lacks: (api) => '이 브라우저는 이 페이지에 필요한 ' + api + ' 기능을 지원하지 않습니다. ' +
      '브라우저를 업데이트하거나 최신 Firefox, Chrome, Edge, Safari로 열어 주세요.',
    noDecompress: '디스크에서 연 이 페이지는 DecompressionStream으로 프로그램의 압축을 ' +
      '푸는데, 이 브라우저에는 DecompressionStream이 없습니다(Firefox 113, Chrome 80, ' +
      'Safari 16.4부터 있습니다). 브라우저를 업데이트하거나, make run으로 페이지를 띄운 뒤 ' +
      'http://127.0.0.1:8080 을 열어 주세요.',
    noWebGL: '이 페이지는 WebGL로 그림을 그리는데, 이 브라우저에서 WebGL이 꺼져 있습니다. ' +
      '브라우저 설정에서 하드웨어 가속을 켜거나 다른 브라우저로 열어 주세요.',
    onlyWebGL1: '이 페이지는 WebGL 2로 그림을 그리는데, 이 브라우저나 그래픽 드라이버가 ' +
      'WebGL 2를 지원하지 않습니다(WebGL 1만 됩니다). 브라우저와 그래픽 드라이버를 ' +
      '업데이트하거나, 브라우저 설정에서 하드웨어 가속을 켜거나, 다른 브라우저로 열어 주세요.',
    noCompile: (why) => '이 브라우저가 플레이그라운드의 WebAssembly를 컴파일하지 ' +
      '못했습니다(' + why + '). 브라우저를 업데이트하거나 다른 브라우저로 열어 주세요.',
    stoppedWith: '다음 오류로 멈췄습니다:',
    bug: '사용자가 잘못한 것이 아니라 플레이그라운드의 버그입니다. 페이지를 새로 고쳐 ' +
      '다시 시작하고, 또 멈추면 이 메시지를 알려 주세요.',
    exitCode: (code) => '프로그램이 끝났습니다(종료 코드 ' + code + '). 페이지를 새로 고쳐 ' +
      '다시 시작해 주세요.',
    reload: '페이지를 새로 고쳐 다시 시작해 주세요.',
    figureLoading: '그림 모듈을 불러오는 중…(처음 내보낼 때만)',
    figureRendering: (file) => file + ' 파일을 그리는 중…',
    figureSaved: (file, w, h) => file + ' 파일을 저장했습니다(' + w + '×' + h + ').',
    figureFailed: (why) => '내보내지 못했습니다: ' + why,
    figureStopped: '그림 모듈이 멈췄습니다',
  },
};
