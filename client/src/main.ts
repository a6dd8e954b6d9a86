/** Entry point of the zonegraph explorer. */
import './styles.css';
import { startApp } from './app/app.ts';

startApp();
