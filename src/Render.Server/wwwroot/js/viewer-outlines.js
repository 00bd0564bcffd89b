// The tiles of a layer over the zoomable view: a grid index of their boxes (to find what is in view
// and what is under a click without looking at every tile) and a canvas that draws the outlines of
// the tiles in view, redrawn on every frame OpenSeadragon draws. One canvas path per frame instead
// of one DOM element per tile keeps a 10,000-tile layer smooth.

/** Cells of the index on its longer side at most: enough to cut a 10,000-tile layer into handfuls. */
const MAX_CELLS = 256;

/** A uniform grid over the tiles' boxes; each cell lists the tiles that reach into it. */
export class TileIndex {
  constructor(tiles) {
    this.tiles = tiles;
    this.minX = Math.min(...tiles.map((t) => t.minX));
    this.minY = Math.min(...tiles.map((t) => t.minY));
    const width = Math.max(1, Math.max(...tiles.map((t) => t.maxX)) - this.minX);
    const height = Math.max(1, Math.max(...tiles.map((t) => t.maxY)) - this.minY);
    const cells = Math.min(MAX_CELLS, Math.max(1, Math.ceil(Math.sqrt(tiles.length))));
    this.cellSize = Math.max(width, height) / cells;
    this.columns = Math.max(1, Math.ceil(width / this.cellSize));
    this.rows = Math.max(1, Math.ceil(height / this.cellSize));
    this.cells = Array.from({ length: this.columns * this.rows }, () => []);
    this.seen = new Uint32Array(tiles.length);
    this.stamp = 0;
    tiles.forEach((tile, i) => this.forCells(tile, (cell) => cell.push(i)));
  }

  forCells(box, visit) {
    const [c0, c1] = this.span(box.minX, box.maxX, this.minX, this.columns);
    const [r0, r1] = this.span(box.minY, box.maxY, this.minY, this.rows);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        visit(this.cells[(r * this.columns) + c]);
      }
    }
  }

  span(min, max, origin, count) {
    const clamp = (value) => Math.min(count - 1, Math.max(0, Math.floor((value - origin) / this.cellSize)));
    return [clamp(min), clamp(max)];
  }

  /** The tiles whose boxes reach into a world box, each once. */
  within(box) {
    const stamp = ++this.stamp;
    const found = [];
    this.forCells(box, (cell) => {
      for (const i of cell) {
        const tile = this.tiles[i];
        if (this.seen[i] !== stamp && tile.maxX >= box.minX && tile.minX <= box.maxX && tile.maxY >= box.minY && tile.minY <= box.maxY) {
          this.seen[i] = stamp;
          found.push(tile);
        }
      }
    });
    return found;
  }

  /** The tile under a world point; where tiles overlap, the one whose centre is nearest. */
  at(x, y) {
    const distance = (t) => Math.hypot(((t.minX + t.maxX) / 2) - x, ((t.minY + t.maxY) / 2) - y);
    return this.within({ minX: x, maxX: x, minY: y, maxY: y })
      .reduce((best, tile) => (best === null || distance(tile) < distance(best) ? tile : best), null);
  }
}

/** The outline canvas over an OpenSeadragon viewer: answers { setTiles, setChosen, setVisible, tileAt, draw }. */
export function outlineOverlay(viewer) {
  const canvas = document.createElement('canvas');
  canvas.className = 'tile-outlines';
  viewer.container.append(canvas);
  const state = { index: null, origin: { x: 0, y: 0 }, chosen: null, visible: true, drawn: 0 };

  function draw() {
    const ratio = window.devicePixelRatio || 1;
    const { clientWidth: width, clientHeight: height } = viewer.container;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const context = canvas.getContext('2d');
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    state.drawn = 0;
    if (!state.index || viewer.world.getItemCount() === 0) {
      return;
    }
    // Image pixels to screen pixels is a scale and a shift (the view is never rotated).
    const origin = state.origin;
    const item = viewer.world.getItemAt(0);
    const corner = item.imageToViewerElementCoordinates(new OpenSeadragon.Point(0, 0));
    const scale = item.imageToViewerElementCoordinates(new OpenSeadragon.Point(1000, 0)).x - corner.x;
    const ppu = scale / 1000;
    const toScreen = (x, y) => [corner.x + ((x - origin.x) * ppu), corner.y + ((y - origin.y) * ppu)];
    const view = {
      minX: origin.x + (-corner.x / ppu), maxX: origin.x + ((width - corner.x) / ppu),
      minY: origin.y + (-corner.y / ppu), maxY: origin.y + ((height - corner.y) / ppu),
    };
    if (state.visible) {
      const inView = state.index.within(view);
      context.beginPath();
      for (const tile of inView) {
        const [x, y] = toScreen(tile.minX, tile.minY);
        context.rect(x, y, (tile.maxX - tile.minX) * ppu, (tile.maxY - tile.minY) * ppu);
      }
      context.lineWidth = 1;
      context.strokeStyle = 'rgba(88, 166, 255, 0.9)';
      context.stroke();
      state.drawn = inView.length;
    }
    if (state.chosen) {
      const [x, y] = toScreen(state.chosen.minX, state.chosen.minY);
      context.lineWidth = 3;
      context.strokeStyle = '#ffc400';
      context.strokeRect(x, y, (state.chosen.maxX - state.chosen.minX) * ppu, (state.chosen.maxY - state.chosen.minY) * ppu);
    }
    canvas.dataset.drawn = String(state.drawn);
  }

  viewer.addHandler('update-viewport', draw);
  viewer.addHandler('resize', draw);
  return {
    canvas,
    /** The layer's tiles; <origin> is the world point at pixel (0, 0) of the tile source. */
    setTiles(tiles, origin) {
      state.origin = origin;
      state.index = tiles.length > 0 ? new TileIndex(tiles) : null;
      state.chosen = null;
      draw();
    },
    setChosen(tile) {
      state.chosen = tile;
      draw();
    },
    setVisible(visible) {
      state.visible = visible;
      draw();
    },
    /** The tile under a point of the viewer element, or null. */
    tileAt(point) {
      if (!state.index || viewer.world.getItemCount() === 0) {
        return null;
      }
      const image = viewer.world.getItemAt(0).viewerElementToImageCoordinates(point);
      return state.index.at(state.origin.x + image.x, state.origin.y + image.y);
    },
    draw,
  };
}
