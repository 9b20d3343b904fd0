// Copies the distributable files of the npm packages the portal serves into wwwroot/lib, and the fonts the
// server draws chart images with into Assets/fonts (read by the server, never served).
import { cpSync, rmSync, mkdirSync } from "node:fs";

const files = {
  "bootstrap/dist/css/bootstrap.min.css": "bootstrap/bootstrap.min.css",
  "bootstrap/dist/js/bootstrap.bundle.min.js": "bootstrap/bootstrap.bundle.min.js",
  "bootstrap/LICENSE": "bootstrap/LICENSE",
  "jquery/dist/jquery.min.js": "jquery/jquery.min.js",
  "jquery/LICENSE.txt": "jquery/LICENSE.txt",
  "jquery-validation/dist/jquery.validate.min.js": "jquery-validation/jquery.validate.min.js",
  "jquery-validation/LICENSE.md": "jquery-validation/LICENSE.md",
  "jquery-validation-unobtrusive/dist/jquery.validate.unobtrusive.js":
    "jquery-validation-unobtrusive/jquery.validate.unobtrusive.js",
  "jquery-validation-unobtrusive/LICENSE.txt": "jquery-validation-unobtrusive/LICENSE.txt",
};

rmSync("wwwroot/lib", { recursive: true, force: true });
for (const [from, to] of Object.entries(files)) {
  mkdirSync(`wwwroot/lib/${to.substring(0, to.lastIndexOf("/"))}`, { recursive: true });
  cpSync(`node_modules/${from}`, `wwwroot/lib/${to}`);
}
const fonts = {
  "dejavu-fonts-ttf/ttf/DejaVuSans.ttf": "DejaVuSans.ttf",
  "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf": "DejaVuSans-Bold.ttf",
  "dejavu-fonts-ttf/LICENSE": "LICENSE-DejaVu.txt",
};
mkdirSync("Assets/fonts", { recursive: true });
for (const [from, to] of Object.entries(fonts)) {
  cpSync(`node_modules/${from}`, `Assets/fonts/${to}`);
}
console.log(`Copied ${Object.keys(files).length} files into wwwroot/lib`);
